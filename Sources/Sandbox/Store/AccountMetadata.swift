import GRDB

/// The metadata of one account's transactions through one metadata view, read once per data generation with the
/// rest of a page's context. A page then takes its transactions' metadata from here: asking the store for it,
/// even for only the one or two of fifty that have some, cost three queries a page, 14% of an uncached page in a
/// profile, most of it seeking B-trees keyed by four strings.
struct AccountMetadata: Sendable {
    let byTransaction: [String: TransactionMetadataRecord]

    static func load(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> AccountMetadata {
        AccountMetadata(byTransaction: try StoreReads.metadata(db, bankID: bankID, accountID: accountID, viewID: viewID,
                                                               transactionIDs: nil))
    }
}
