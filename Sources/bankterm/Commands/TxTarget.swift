import ArgumentParser
import BankKit

/// `--bank --account --view --tx`: one transaction as one view sees it. Annotations live per view.
struct TxTarget: ParsableArguments {
    @OptionGroup var account: AccountOptions

    @Option(help: "The view to read and annotate through.")
    var view: ViewID = "owner"

    @Option(help: "The transaction id.")
    var tx: TransactionID

    /// Refuses a transaction the provider does not know when its annotations are kept on this machine (OP): an
    /// OBP server refuses an unknown id itself, the local store cannot tell, and a mistyped id would keep a note
    /// that no list ever shows.
    func requireKnown(by provider: any BankProvider) async throws {
        guard provider.capabilities.metadataIsLocal else { return }
        _ = try await provider.transaction(account.ref, view: view, id: tx)
    }
}
