import ArgumentParser
import BankKit

/// `bankterm views show V --bank B --account A`: every setting and flag of one view.
struct ViewsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show every flag of one view.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Argument(help: "The view id, e.g. owner or _family.")
    var view: ViewID

    @Option(help: "table or json.")
    var format: RecordFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let details = try await Self.find(view, in: target.ref, OBPCommand.obp(provider))
            print(ViewOutput.render(details, format: format), terminator: "")
        }
    }

    /// The view in full, from the account's views list (OBP has no endpoint for one custom view before v5.1.0).
    static func find(_ viewID: ViewID, in account: AccountRef, _ provider: OBPProvider) async throws -> ViewDetails {
        guard let details = try await provider.viewDetails(account: account).first(where: { $0.id == viewID }) else {
            throw BankError(kind: .notFound, message: "the account has no view \"\(viewID)\" that you can see")
        }
        return details
    }
}
