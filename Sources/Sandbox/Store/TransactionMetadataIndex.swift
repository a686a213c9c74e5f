import GRDB

/// The metadata of an account's transactions through one metadata view, read once per data generation with the
/// rest of a page's context. A page then takes its transactions' from here: asked per page, the queries were a
/// tenth of an uncached page's server CPU, for the one or two transactions of fifty that have any metadata.
struct TransactionMetadataIndex: Sendable {
    private let records: [String: TransactionMetadataRecord]

    static func load(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> TransactionMetadataIndex {
        TransactionMetadataIndex(records: try StoreReads.metadata(db, bankID: bankID, accountID: accountID,
                                                                  viewID: viewID, transactionIDs: nil))
    }

    subscript(transactionID: String) -> TransactionMetadataRecord? { records[transactionID] }
}
