import ArgumentParser
import BankKit

/// `bankterm views update V [--allow ...] [--deny ...] ...`: changes a custom view; what is not named stays.
struct ViewsUpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a custom view's flags or settings.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Argument(help: "The custom view's id.")
    var view: ViewID

    @OptionGroup var spec: ViewSpecOptions

    @Option(help: "table or json.")
    var format: RecordFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let updated = try await Self.update(view, spec, in: target.ref, OBPCommand.obp(provider))
            print(ViewOutput.render(updated, format: format), terminator: "")
        }
    }

    static func update(_ viewID: ViewID, _ options: ViewSpecOptions, in account: AccountRef,
                       _ provider: OBPProvider) async throws -> ViewDetails {
        let current = try await ViewsShowCommand.find(viewID, in: account, provider)
        return try await provider.updateView(viewID, options.applied(to: ViewSpec(copying: current)), in: account)
    }
}
