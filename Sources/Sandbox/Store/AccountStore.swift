import GRDB

/// The account writes of the API: creating one for a user, relabelling, and its attributes.
enum AccountStore {
    static func exists(_ db: Database, bankID: String, accountID: String) throws -> Bool {
        try StoreReads.account(db, bankID: bankID, accountID: accountID) != nil
    }

    /// The account with the system views, all granted to its owner (OBP's owner gets owner, accountant and auditor).
    static func create(_ db: Database, _ account: AccountRecord, ownerID: String) throws {
        try BulkInserter(db).insert(account, views: [.owner, .accountant, .auditor], ownerIDs: [ownerID])
    }

    static func setLabel(_ db: Database, bankID: String, accountID: String, label: String) throws {
        try db.execute(sql: "UPDATE account SET label = ? WHERE bank_id = ? AND id = ?", arguments: [label, bankID, accountID])
    }

    static func attributes(_ db: Database, bankID: String, accountID: String) throws -> [AccountAttributeRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, bank_id, account_id, product_code, name, type, value, product_instance_code FROM account_attribute
            WHERE bank_id = ? AND account_id = ? ORDER BY name, id
            """), arguments: [bankID, accountID]).map(attribute)
    }

    static func attribute(_ db: Database, id: String) throws -> AccountAttributeRecord? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, bank_id, account_id, product_code, name, type, value, product_instance_code FROM account_attribute
            WHERE id = ?
            """), arguments: [id]).map(attribute)
    }

    static func saveAttribute(_ db: Database, _ a: AccountAttributeRecord) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO account_attribute VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [a.id, a.bankID, a.accountID, a.productCode, a.name, a.type, a.value, a.productInstanceCode])
    }

    /// The attributes a product defines, as (name, type, value).
    static func productAttributes(_ db: Database, bankID: String, productCode: String) throws -> [(String, String, String)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT name, type, value FROM product_attribute WHERE bank_id = ? AND product_code = ? ORDER BY name, id
            """), arguments: [bankID, productCode]).map { ($0[0], $0[1], $0[2]) }
    }

    static func saveProductAttribute(_ db: Database, id: String, bankID: String, productCode: String, name: String,
                                     type: String, value: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO product_attribute VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [id, bankID, productCode, name, type, value])
    }

    private static func attribute(_ row: Row) -> AccountAttributeRecord {
        AccountAttributeRecord(id: row[0], bankID: row[1], accountID: row[2], productCode: row[3], name: row[4],
                               type: row[5], value: row[6], productInstanceCode: row[7])
    }
}
