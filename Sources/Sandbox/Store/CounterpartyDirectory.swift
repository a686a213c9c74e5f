import GRDB

/// The counterparties of one account by id, read once per data generation with the rest of a page's context. A
/// page then reads only its transactions' own columns: joined to the counterparty table instead, each row cost an
/// index search and eleven more strings, for the handful of counterparties a long account has.
struct CounterpartyDirectory: Sendable {
    private let byID: [String: CounterpartyRecord]

    static func load(_ db: Database, bankID: String, accountID: String) throws -> CounterpartyDirectory {
        let records = try StoreReads.counterparties(db, bankID: bankID, accountID: accountID)
        return CounterpartyDirectory(byID: Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The counterparty `id`. One the account does not list (a transaction may name another account's) is read
    /// when asked for; nil when there is none, as the join left such a transaction out.
    func counterparty(_ db: Database, id: String) throws -> CounterpartyRecord? {
        if let known = byID[id] { return known }
        return try StoreReads.counterparty(db, id: id)
    }
}
