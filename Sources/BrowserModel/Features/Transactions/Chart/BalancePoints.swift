import BankKit
import Foundation

/// A page's points of the balance chart: its rows that show a date and a balance, in page order. The chart reads
/// a few per column on every frame; read from their transactions (a copy of one each time) they cost a fifth of a
/// frame, kept here they cost 16 bytes a transaction.
struct BalancePoints: Sendable {
    let points: [BalanceSeries.Point]
    /// The points run newest first (OBP's order), which lets the chart sample them without sorting.
    let newestFirst: Bool

    init(_ transactions: [Transaction]) {
        var points: [BalanceSeries.Point] = []
        points.reserveCapacity(transactions.count)
        var newestFirst = true
        for transaction in transactions {
            guard let point = BalanceSeries.Point(transaction) else { continue }
            if let previous = points.last, previous.date < point.date { newestFirst = false }
            points.append(point)
        }
        self.points = points
        self.newestFirst = newestFirst
    }

    var count: Int { points.count }
}

extension BalanceSeries.Point {
    /// The transaction's point: its posting (else completion) date and the balance after it; nil without either.
    init?(_ transaction: Transaction) {
        guard let date = transaction.posted ?? transaction.completed,
              let balance = transaction.newBalance.flatMap(Self.double) else { return nil }
        self.init(date: date, balance: balance)
    }

    /// Every power of ten a Double holds exactly, as literals (which the compiler rounds correctly).
    private static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                                1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// The amount as the nearest Double, as parsing its text would give: when digits and power of ten are both
    /// exact in a Double, one correctly rounded division or product is that nearest Double. The chart reads a
    /// point per column on every frame, which the text round trip made costly.
    private static func double(_ money: Money) -> Double? {
        if !money.amount.isNaN, let parts = DecimalParts(money.amount), parts.magnitude < 1 << 53,
           (-22...22).contains(parts.exponent) {
            let magnitude = Double(parts.magnitude)
            let value = parts.exponent < 0 ? magnitude / powersOfTen[-parts.exponent]
                : magnitude * powersOfTen[parts.exponent]
            return parts.negative && parts.magnitude != 0 ? -value : value
        }
        return Double(DisplayFormat.amount(money))
    }
}
