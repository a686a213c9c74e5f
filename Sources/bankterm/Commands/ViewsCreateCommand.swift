import ArgumentParser
import BankKit

/// `bankterm views create _NAME [--like VIEW] [--allow ...] [--deny ...] ...`: a new custom view.
struct ViewsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a custom view (its name starts with _).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Argument(help: "The view's name, starting with _ (its id is the name in lower case without spaces).")
    var name: String

    @Option(help: "Start from this view's flags and settings instead of from nothing.")
    var like: ViewID?

    @OptionGroup var spec: ViewSpecOptions

    @Option(help: "table or json.")
    var format: RecordFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let created = try await Self.create(name, like: like, spec, in: target.ref, OBPCommand.obp(provider))
            print(ViewOutput.render(created, format: format), terminator: "")
        }
    }

    static func create(_ name: String, like: ViewID?, _ options: ViewSpecOptions, in account: AccountRef,
                       _ provider: OBPProvider) async throws -> ViewDetails {
        var base = ViewSpec()
        if let like {
            base = ViewSpec(copying: try await ViewsShowCommand.find(like, in: account, provider))
            // A copy looks like the original but keeps its own tags and comments unless asked otherwise.
            base.metadataView = ""
        }
        let spec = try options.applied(to: base)
        return try await provider.createView(named: name, spec, in: account)
    }
}
