import BankKit
import Foundation

/// What the loaded transactions say about one counterparty: how many, how much came in and went out, and when
/// the last one was. Built page by page, so it is right "so far" while pages are still arriving.
public struct CounterpartyStats: Sendable, Hashable {
    public internal(set) var count = 0
    public internal(set) var totalIn: Decimal = 0
    public internal(set) var totalOut: Decimal = 0
    public internal(set) var last: Date?
    /// The currency of the amounts; nil until one is seen, "" when they differ (the totals then mix currencies).
    public internal(set) var currency: String?

    public init() {}

    mutating func add(_ tx: Transaction) {
        count += 1
        if let value = tx.value {
            if value.amount < 0 { totalOut -= value.amount } else { totalIn += value.amount }
            currency = currency.map { $0 == value.currency ? $0 : "" } ?? value.currency
        }
        if let date = tx.posted ?? tx.completed, last.map({ date > $0 }) ?? true { last = date }
    }

    /// Adds a page's transactions to the stats of their counterparties, by counterparty id.
    static func adding(_ transactions: [Transaction], to stats: [CounterpartyID: CounterpartyStats]) -> [CounterpartyID: CounterpartyStats] {
        var stats = stats
        for tx in transactions {
            guard let id = tx.counterparty?.id else { continue }
            stats[id, default: CounterpartyStats()].add(tx)
        }
        return stats
    }
}
