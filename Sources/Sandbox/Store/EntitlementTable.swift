import GRDB

/// Reads and writes of the `entitlement` table: who holds which role, at which bank ("" for a system role).
enum EntitlementTable {
    static func forUser(_ db: Database, userID: String) throws -> [EntitlementRecord] {
        try fetch(db, where: "user_id = ?", [userID])
    }

    static func forBank(_ db: Database, bankID: String) throws -> [EntitlementRecord] {
        try fetch(db, where: "bank_id = ?", [bankID])
    }

    static func all(_ db: Database) throws -> [EntitlementRecord] {
        try fetch(db, where: "1", [])
    }

    static func find(_ db: Database, id: String) throws -> EntitlementRecord? {
        try fetch(db, where: "id = ?", [id]).first
    }

    /// Whether the user holds the role where OBP looks for it: at `bankID` for a bank role, at "" for a system role.
    static func holds(_ db: Database, userID: String, role: Role, bankID: String?) throws -> Bool {
        let statement = try db.cachedStatement(sql: """
            SELECT EXISTS(SELECT 1 FROM entitlement WHERE user_id = ? AND bank_id = ? AND role_name = ?)
            """)
        let bank = role.requiresBankID ? bankID ?? "" : ""
        return try Bool.fetchOne(statement, arguments: [userID, bank, role.rawValue]) ?? false
    }

    /// Adds the entitlement unless the user already holds that role there; returns whether it was added.
    @discardableResult
    static func add(_ db: Database, _ entitlement: EntitlementRecord) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entitlement VALUES (?, ?, ?, ?)")
            .execute(arguments: [entitlement.id, entitlement.userID, entitlement.bankID, entitlement.roleName])
        return db.changesCount > 0
    }

    static func delete(_ db: Database, id: String) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM entitlement WHERE id = ?").execute(arguments: [id])
        return db.changesCount > 0
    }

    private static func fetch(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [EntitlementRecord] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, user_id, bank_id, role_name FROM entitlement WHERE \(condition) ORDER BY role_name, bank_id, id
            """)
        return try Row.fetchAll(statement, arguments: arguments).map {
            EntitlementRecord(id: $0[0], userID: $0[1], bankID: $0[2], roleName: $0[3])
        }
    }
}
