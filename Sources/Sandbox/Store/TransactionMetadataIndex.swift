import GRDB

/// Which transactions of an account have metadata through one metadata view, by kind. A page then asks the store
/// only for those of its transactions that have some (one or two of fifty in the demo data): a query per kind with
/// all fifty ids was 150 index seeks, the largest part of an uncached page's SQLite time in a profile.
struct TransactionMetadataIndex: Sendable {
    let narratives: Set<String>
    let annotations: Set<String>
    let wheres: Set<String>

    static func load(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> TransactionMetadataIndex {
        func ids(_ table: String) throws -> Set<String> {
            Set(try String.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT transaction_id FROM \(table) WHERE bank_id = ? AND account_id = ? AND view_id = ?
                """), arguments: [bankID, accountID, viewID]))
        }
        return TransactionMetadataIndex(narratives: try ids("narrative"), annotations: try ids("annotation"),
                                        wheres: try ids("where_tag"))
    }
}
