import GRDB

/// The annotation writes the API makes. Each call runs inside the single transaction of `SandboxStore.write`.
enum StoreWrites {
    static func setNarrative(_ db: Database, _ target: AnnotationTarget, text: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO narrative VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [target.bankID, target.accountID, target.transactionID, target.viewID, text])
    }

    static func deleteNarrative(_ db: Database, _ target: AnnotationTarget) throws {
        try db.cachedStatement(sql: """
            DELETE FROM narrative WHERE bank_id = ? AND account_id = ? AND transaction_id = ? AND view_id = ?
            """).execute(arguments: [target.bankID, target.accountID, target.transactionID, target.viewID])
    }

    static func addAnnotation(_ db: Database, _ target: AnnotationTarget, _ annotation: AnnotationRecord) throws {
        try db.cachedStatement(sql: "INSERT INTO annotation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
            annotation.id, annotation.kind.rawValue, target.bankID, target.accountID, target.transactionID,
            target.viewID, annotation.value, annotation.label, annotation.date, annotation.user.id,
        ])
    }

    /// Deletes only if the annotation belongs to this transaction, view and kind; returns whether it did.
    static func deleteAnnotation(_ db: Database, _ target: AnnotationTarget, kind: AnnotationRecord.Kind, id: String) throws -> Bool {
        try db.cachedStatement(sql: """
            DELETE FROM annotation WHERE id = ? AND kind = ? AND bank_id = ? AND account_id = ? AND transaction_id = ?
            AND view_id = ?
            """).execute(arguments: [id, kind.rawValue, target.bankID, target.accountID, target.transactionID, target.viewID])
        return db.changesCount > 0
    }

    static func setWhere(_ db: Database, _ target: AnnotationTarget, latitude: Double, longitude: Double, date: Int64, userID: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO where_tag VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [target.bankID, target.accountID, target.transactionID, target.viewID,
                                 latitude, longitude, date, userID])
    }

    static func deleteWhere(_ db: Database, _ target: AnnotationTarget) throws -> Bool {
        try db.cachedStatement(sql: """
            DELETE FROM where_tag WHERE bank_id = ? AND account_id = ? AND transaction_id = ? AND view_id = ?
            """).execute(arguments: [target.bankID, target.accountID, target.transactionID, target.viewID])
        return db.changesCount > 0
    }
}
