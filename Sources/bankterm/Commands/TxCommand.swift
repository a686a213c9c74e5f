import ArgumentParser

/// `bankterm tx ...`: one transaction and its annotations (tags, comments, narrative, where, images).
struct TxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tx",
        abstract: "Show one transaction or change its annotations.",
        subcommands: [TxShowCommand.self, TxTagCommand.self, TxCommentCommand.self, TxNarrativeCommand.self,
                      TxWhereCommand.self, TxImageCommand.self])
}
