/// The detail pane. It always shows the transaction selected in the transactions pane
/// (`AppState.transactions.selectedTransaction`), so the two can never disagree; this holds only what is
/// the pane's own.
public struct TransactionDetail: Sendable, Hashable {
    /// The first line shown, for details longer than the pane.
    public internal(set) var scroll = 0
    public internal(set) var visibleRows = 20
    /// Lines the pane holds at its width, as the UI last measured them.
    public internal(set) var lineCount = 0
    /// A refresh of the one transaction (`r` in the detail pane) is in flight.
    public internal(set) var isLoading = false
    public internal(set) var error: String?

    public init() {}

    public var extent: ScrollExtent { ScrollExtent(lines: lineCount, rows: visibleRows) }
}
