import BankKit

/// One page of transactions as loaded, with what the list needs precomputed: the search keys and the chart's
/// points. The page cache and the list share the same page values, so holding a page in both costs no copy.
/// Row texts are not kept: the list formats the few rows on screen (`TransactionRow`).
public struct TransactionPage: Sendable {
    public var offset: Int
    public var limit: Int
    public var transactions: [Transaction]
    var search: SearchIndex
    /// Date and balance of the rows that show both, in page order, for the chart.
    var balancePoints: [BalanceSeries.Point]
    /// `balancePoints` run newest first (OBP's order), which lets the chart sample them without sorting.
    var balancePointsNewestFirst: Bool

    public init(offset: Int, limit: Int, transactions: [Transaction]) {
        self.offset = offset
        self.limit = limit
        self.transactions = transactions
        self.search = SearchIndex(transactions)
        // Sized once: grown by appending, a page of 50 points held room for 64.
        var points: [BalanceSeries.Point] = []
        points.reserveCapacity(transactions.count)
        for transaction in transactions {
            if let date = transaction.posted ?? transaction.completed,
               let balance = transaction.newBalance.map({ DisplayFormat.amount($0) }).flatMap(Double.init) {
                points.append(BalanceSeries.Point(date: date, balance: balance))
            }
        }
        // A view that hides balances leaves no point: the room goes too.
        self.balancePoints = points.isEmpty ? [] : points
        self.balancePointsNewestFirst = zip(balancePoints, balancePoints.dropFirst()).allSatisfy { $0.date >= $1.date }
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

    mutating func replace(at index: Int, with transaction: Transaction) {
        search.replace(at: index, with: transaction, in: transactions)
        transactions[index] = transaction
    }
}
