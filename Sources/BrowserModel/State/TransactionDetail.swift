/// The detail pane. It always shows the transaction selected in the transactions pane
/// (`AppState.transactions.selectedTransaction`), so the two can never disagree; this holds only what is
/// the pane's own.
public struct TransactionDetail: Sendable, Hashable {
    /// The first line shown, for details longer than the pane.
    public internal(set) var scroll = 0
    public internal(set) var visibleRows = 20
    /// A refresh of the one transaction (`r` in the detail pane) is in flight.
    public internal(set) var isLoading = false
    public internal(set) var error: String?

    public init() {}
}
