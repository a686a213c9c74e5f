import ArgumentParser
import BankKit

/// `bankterm views rm V`: deletes a custom view, after asking on a terminal.
struct ViewsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", abstract: "Delete a custom view (nobody may still have it).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Argument(help: "The custom view's id.")
    var view: ViewID

    @Flag(help: "Do not ask first.")
    var yes = false

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let obp = try OBPCommand.obp(provider)
            guard OBPCommand.confirmed("Delete view \(view) of account \(target.account)?", yes: yes) else {
                throw OBPCommand.declined
            }
            try await obp.deleteView(view, in: target.ref)
        }
    }
}
