import BankKit
import Foundation

/// The columns of the counterparties list, each one a sort order; `s` moves to the next, `S` reverses.
public enum CounterpartyColumn: Int, CaseIterable, Sendable, Hashable {
    case name, number, count, totalIn, totalOut, last

    public var title: String {
        switch self {
        case .name: "Name"
        case .number: "Number / IBAN"
        case .count: "Txns"
        case .totalIn: "In"
        case .totalOut: "Out"
        case .last: "Last"
        }
    }

    /// Text sorts A to Z first; numbers and dates biggest and newest first.
    var descendsFirst: Bool { self != .name && self != .number }

    /// Whether `a` comes before `b` in this column's natural order (ascending); ties fall back to the name.
    func ascending(_ a: CounterpartyRow, _ b: CounterpartyRow) -> Bool {
        switch self {
        case .name: return a.name.localizedCaseInsensitiveCompare(b.name) == .orderedAscending
        case .number: return (a.number ?? "") < (b.number ?? "")
        case .count: return (a.stats?.count ?? 0) < (b.stats?.count ?? 0)
        case .totalIn: return (a.stats?.totalIn ?? 0) < (b.stats?.totalIn ?? 0)
        case .totalOut: return (a.stats?.totalOut ?? 0) < (b.stats?.totalOut ?? 0)
        case .last: return (a.stats?.last ?? .distantPast) < (b.stats?.last ?? .distantPast)
        }
    }
}

/// One row: a counterparty and what the loaded transactions say about it.
public struct CounterpartyRow: Sendable, Hashable {
    public var party: Counterparty
    public var stats: CounterpartyStats?

    public var id: CounterpartyID { party.id ?? "" }
    public var name: String { party.holderName ?? "" }
    public var number: String? { party.iban ?? party.number }
}
