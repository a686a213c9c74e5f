import BankKit
import Foundation

/// The points of the balance-over-time chart, from the transactions loaded so far: oldest first, at most
/// `maxPoints` of them (one per chart column), each the closing balance of its stretch of transactions.
public struct BalanceSeries: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var date: Date
        public var balance: Double
    }

    public var points: [Point]
    public var currency: String?
    /// Transactions are loaded but the view shows none of their balances.
    public var isHiddenByView: Bool

    public var minimum: Double? { points.map(\.balance).min() }
    public var maximum: Double? { points.map(\.balance).max() }

    public init(_ list: TransactionList, maxPoints: Int) {
        var all: [Point] = []
        all.reserveCapacity(list.count)
        for page in list.pages { all += page.balancePoints }
        currency = list.pages.lazy.flatMap(\.transactions).first { $0.newBalance != nil }?.newBalance?.currency
        isHiddenByView = all.isEmpty && list.count > 0
        // OBP lists newest first; reversing is linear, sorting only when the order is mixed.
        if let first = all.first, let last = all.last, first.date > last.date {
            all.reverse()
        }
        if !all.isEmpty, zip(all, all.dropFirst()).contains(where: { $0.date > $1.date }) {
            all.sort { $0.date < $1.date }
        }
        points = Self.downsample(all, to: max(1, maxPoints))
    }

    private static func downsample(_ points: [Point], to count: Int) -> [Point] {
        guard points.count > count else { return points }
        return (0..<count).map { bucket in points[((bucket + 1) * points.count) / count - 1] }
    }
}
