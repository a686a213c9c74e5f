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

    public init(_ list: TransactionList, maxPoints: Int) {
        // From the first page with a point: scanning every transaction for a balance a view hides cost a frame
        // a pass over all of them.
        currency = list.balancePointEnds?.last == 0 ? nil
            : list.pages.first { $0.balancePoints.count > 0 }?.transactions.first { $0.newBalance != nil }?.newBalance?.currency
        if let ends = list.balancePointEnds {
            let sampled = Self.sampleNewestFirst(list.pages, ends: ends, maxPoints: max(1, maxPoints))
            points = sampled
            isHiddenByView = sampled.isEmpty && list.count > 0
            return
        }
        var all: [Point] = []
        all.reserveCapacity(list.count)
        for page in list.pages { all += (0..<page.balancePoints.count).map(page.balancePoint) }
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

    /// The chart is drawn on every frame, so in OBP's order (each page newest first, each page older than the
    /// one before) the oldest-first series is that order reversed and is sampled in place, found through `ends`
    /// (where each page's points end): the cost follows the points drawn, not the transactions loaded.
    private static func sampleNewestFirst(_ pages: [TransactionPage], ends: [Int], maxPoints: Int) -> [Point] {
        let total = ends.last ?? 0
        let count = min(total, maxPoints)
        var points: [Point] = []
        points.reserveCapacity(count)
        // Positions fall as the buckets rise, so one walk back over the pages finds each point's page.
        var page = ends.count - 1
        for bucket in 0..<count {
            let oldestFirst = total > maxPoints ? ((bucket + 1) * total) / maxPoints - 1 : bucket
            let position = total - 1 - oldestFirst
            while page > 0 && ends[page - 1] > position { page -= 1 }
            points.append(pages[page].balancePoint(at: position - (page == 0 ? 0 : ends[page - 1])))
        }
        return points
    }

    private static func downsample(_ points: [Point], to count: Int) -> [Point] {
        guard points.count > count else { return points }
        return (0..<count).map { bucket in points[((bucket + 1) * points.count) / count - 1] }
    }
}
