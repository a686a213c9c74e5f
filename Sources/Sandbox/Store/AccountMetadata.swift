import GRDB

/// The metadata of one account's transactions through one metadata view, read once per data generation with the
/// rest of a page's context. A page then takes its transactions' metadata from here: asking the store for it,
/// even for only the one or two of fifty that have some, cost three queries a page, 14% of an uncached page in a
/// profile, most of it seeking B-trees keyed by four strings.
struct AccountMetadata: Sendable {
    /// A transaction id with its hash kept beside it. Most lookups miss (few transactions have metadata), and a
    /// miss probes several occupied slots: comparing each slot's hash first spares reading its id's storage, a
    /// cache miss apiece, which made these lookups 4% of an uncached page.
    private struct Key: Hashable {
        let hash: Int
        let id: String

        init(_ id: String) {
            self.hash = id.hashValue
            self.id = id
        }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.id == b.id }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private let byTransaction: [Key: TransactionMetadataRecord]

    static func load(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> AccountMetadata {
        let records = try StoreReads.metadata(db, bankID: bankID, accountID: accountID, viewID: viewID, transactionIDs: nil)
        return AccountMetadata(byTransaction: Dictionary(uniqueKeysWithValues: records.map { (Key($0.key), $0.value) }))
    }

    func record(for transactionID: String) -> TransactionMetadataRecord? {
        byTransaction.isEmpty ? nil : byTransaction[Key(transactionID)]
    }
}
