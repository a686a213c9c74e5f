import BankKit

/// One page of transactions as loaded, with what the list needs precomputed: the search keys and the chart's
/// points. The page cache and the list share the same page values, so holding a page in both costs no copy.
/// Row texts are not kept: the list formats the few rows on screen (`TransactionRow`).
public struct TransactionPage: Sendable {
    public var offset: Int
    public var limit: Int
    /// Set only through `replace`, which keeps the search keys and chart points in step.
    public private(set) var transactions: [Transaction]
    var search: SearchIndex
    /// The balance chart's points.
    var balancePoints: BalancePoints

    public init(offset: Int, limit: Int, transactions: [Transaction]) {
        self.offset = offset
        self.limit = limit
        self.transactions = transactions
        self.search = SearchIndex(transactions)
        self.balancePoints = BalancePoints(transactions)
    }

    /// The chart's point `position` of this page, in page order.
    func balancePoint(at position: Int) -> BalanceSeries.Point {
        balancePoints.points[position]
    }

    public init(_ page: Page<Transaction>) {
        self.init(offset: page.request.offset, limit: page.request.limit, transactions: page.items)
    }

    /// A short page is the last one: OBP sends no total and no next link.
    public var isLast: Bool { transactions.count < limit }

    /// The rows of this page in `range` whose search text contains `needle`, already lowercased.
    func rows(matching needle: [UInt8], in range: Range<Int>) -> [Int] {
        search.rows(matching: needle, in: range, of: transactions)
    }

    /// Those of `candidates` (rows of this page, ascending) whose search text contains `needle`.
    func rows(matching needle: [UInt8], among candidates: some Sequence<Int>) -> [Int] {
        search.rows(matching: needle, among: candidates, of: transactions)
    }

    /// The lowercased text `/` searches for row `row`: its key, then its amount.
    func searchKey(at row: Int) -> String {
        search.key(at: row) + (SearchIndex.amount(transactions[row]) ?? "")
    }

    /// Returns whether the row's chart point changed (an annotation leaves it as it was).
    mutating func replace(at index: Int, with transaction: Transaction) -> Bool {
        search.replace(at: index, with: transaction, in: transactions)
        let pointChanged = BalanceSeries.Point(transactions[index]) != BalanceSeries.Point(transaction)
        transactions[index] = transaction
        if pointChanged { balancePoints = BalancePoints(transactions) }
        return pointChanged
    }
}
