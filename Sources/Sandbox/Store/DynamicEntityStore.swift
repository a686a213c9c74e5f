import GRDB

/// One stored entity definition; `bankID` is nil for a system-level entity (stored as "").
struct DynamicEntityRecord: Sendable {
    let id: String
    let bankID: String?
    let name: String
    let userID: String
    /// The definition as it was posted, compact JSON.
    let body: String

    var entityName: DynamicEntityName { DynamicEntityName(name: name, bankID: bankID) }
}

/// The `dynamic_entity` table (definitions) and `dynamic_entity_data` (their records, as compact JSON), listed in
/// the order they were made. A record belongs to its entity by bank and name, as in OBP, which is why an entity
/// with records can be neither renamed nor deleted.
enum DynamicEntityStore {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS dynamic_entity(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, name TEXT NOT NULL, user_id TEXT NOT NULL, body TEXT NOT NULL,
                UNIQUE(bank_id, name));
            CREATE TABLE IF NOT EXISTS dynamic_entity_data(
                bank_id TEXT NOT NULL, entity_name TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
                UNIQUE(bank_id, entity_name, id));
            """)
    }

    static func find(_ db: Database, bankID: String?, id: String) throws -> DynamicEntityRecord? {
        try fetch(db, where: "bank_id = ? AND id = ?", [bankID ?? "", id]).first
    }

    static func named(_ db: Database, bankID: String?, name: String) throws -> DynamicEntityRecord? {
        try fetch(db, where: "bank_id = ? AND name = ?", [bankID ?? "", name]).first
    }

    static func atBank(_ db: Database, bankID: String?) throws -> [DynamicEntityRecord] {
        try fetch(db, where: "bank_id = ?", [bankID ?? ""])
    }

    static func madeBy(_ db: Database, userID: String) throws -> [DynamicEntityRecord] {
        try fetch(db, where: "user_id = ?", [userID])
    }

    static func all(_ db: Database) throws -> [DynamicEntityRecord] {
        try fetch(db, where: "1", [])
    }

    /// Whether the name is a role of an existing entity, and if so whether it is held at a bank.
    static func roleRequiresBankID(_ db: Database, _ roleName: String) throws -> Bool? {
        try all(db).first { $0.entityName.roles.contains(roleName) }.map { $0.bankID != nil }
    }

    /// Inserts the entity, or replaces the one with its id.
    static func save(_ db: Database, _ entity: DynamicEntityRecord) throws {
        try db.execute(sql: """
            INSERT INTO dynamic_entity(id, bank_id, name, user_id, body) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, user_id = excluded.user_id, body = excluded.body
            """, arguments: [entity.id, entity.bankID ?? "", entity.name, entity.userID, entity.body])
    }

    static func delete(_ db: Database, _ entity: DynamicEntityRecord) throws {
        try db.execute(sql: "DELETE FROM dynamic_entity WHERE id = ?", arguments: [entity.id])
    }

    private static func fetch(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [DynamicEntityRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, bank_id, name, user_id, body FROM dynamic_entity WHERE \(condition) ORDER BY rowid
            """), arguments: arguments).map {
            let bankID: String = $0[1]
            return DynamicEntityRecord(id: $0[0], bankID: bankID.isEmpty ? nil : bankID, name: $0[2], userID: $0[3], body: $0[4])
        }
    }
}

/// The records of one entity.
extension DynamicEntityStore {
    static func records(_ db: Database, of entity: DynamicEntityName) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT body FROM dynamic_entity_data WHERE bank_id = ? AND entity_name = ? ORDER BY rowid
            """), arguments: [entity.bankID ?? "", entity.name])
    }

    static func hasRecords(_ db: Database, of entity: DynamicEntityName) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS(SELECT 1 FROM dynamic_entity_data WHERE bank_id = ? AND entity_name = ?)
            """), arguments: [entity.bankID ?? "", entity.name]) ?? false
    }

    static func record(_ db: Database, of entity: DynamicEntityName, id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT body FROM dynamic_entity_data WHERE bank_id = ? AND entity_name = ? AND id = ?
            """), arguments: [entity.bankID ?? "", entity.name, id])
    }

    /// Adds a record; false when the entity already has one with that id.
    static func insertRecord(_ db: Database, of entity: DynamicEntityName, id: String, body: String) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO dynamic_entity_data(bank_id, entity_name, id, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [entity.bankID ?? "", entity.name, id, body])
        return db.changesCount > 0
    }

    static func updateRecord(_ db: Database, of entity: DynamicEntityName, id: String, body: String) throws {
        try db.cachedStatement(sql: "UPDATE dynamic_entity_data SET body = ? WHERE bank_id = ? AND entity_name = ? AND id = ?")
            .execute(arguments: [body, entity.bankID ?? "", entity.name, id])
    }

    static func deleteRecord(_ db: Database, of entity: DynamicEntityName, id: String) throws {
        try db.cachedStatement(sql: "DELETE FROM dynamic_entity_data WHERE bank_id = ? AND entity_name = ? AND id = ?")
            .execute(arguments: [entity.bankID ?? "", entity.name, id])
    }
}
