import BankKit

/// One page of transactions as loaded, with its rows' precomputed display data. The page cache and the list
/// share the same page values, so holding a page in both costs no copy.
public struct TransactionPage: Sendable {
    public var offset: Int
    public var limit: Int
    public var transactions: [Transaction]
    public var rows: [TransactionRow]
    var search: SearchIndex
    /// Date and balance of the rows that show both, in page order, for the chart.
    var balancePoints: [BalanceSeries.Point]
    /// `balancePoints` run newest first (OBP's order), which lets the chart sample them without sorting.
    var balancePointsNewestFirst: Bool

    public init(offset: Int, limit: Int, transactions: [Transaction]) {
        self.offset = offset
        self.limit = limit
        self.transactions = transactions
        self.rows = transactions.map(TransactionRow.init)
        self.search = SearchIndex(transactions)
        self.balancePoints = zip(transactions, rows).compactMap { transaction, row in
            guard let date = transaction.posted ?? transaction.completed,
                  let balance = row.balanceText.flatMap(Double.init) else { return nil }
            return BalanceSeries.Point(date: date, balance: balance)
        }
        self.balancePointsNewestFirst = zip(balancePoints, balancePoints.dropFirst()).allSatisfy { $0.date >= $1.date }
    }

    public init(_ page: Page<Transaction>) {
        self.init(offset: page.request.offset, limit: page.request.limit, transactions: page.items)
    }

    /// A short page is the last one: OBP sends no total and no next link.
    public var isLast: Bool { transactions.count < limit }

    mutating func replace(at index: Int, with transaction: Transaction) {
        search.replace(at: index, with: transaction, in: transactions)
        transactions[index] = transaction
        rows[index] = TransactionRow(transaction)
    }
}
