import GRDB

/// The counterparties users create on their accounts, the receivers of COUNTERPARTY transaction requests.
enum ExplicitCounterpartyStore {
    private static let columns = """
        SELECT id, bank_id, account_id, view_id, name, description, currency, created_by_user_id,
               other_bank_routing_scheme, other_bank_routing_address, other_branch_routing_scheme,
               other_branch_routing_address, other_account_routing_scheme, other_account_routing_address,
               other_account_secondary_routing_scheme, other_account_secondary_routing_address, is_beneficiary, bespoke
        FROM explicit_counterparty
        """

    static func insert(_ db: Database, _ c: ExplicitCounterpartyRecord) throws {
        try db.cachedStatement(sql: "INSERT INTO explicit_counterparty VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [
                c.id, c.bankID, c.accountID, c.viewID, c.name, c.description, c.currency, c.createdByUserID,
                c.otherBankRoutingScheme, c.otherBankRoutingAddress, c.otherBranchRoutingScheme,
                c.otherBranchRoutingAddress, c.otherAccountRoutingScheme, c.otherAccountRoutingAddress,
                c.otherAccountSecondaryRoutingScheme, c.otherAccountSecondaryRoutingAddress, c.isBeneficiary, c.bespoke,
            ])
    }

    static func exists(_ db: Database, bankID: String, accountID: String, viewID: String, name: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS(SELECT 1 FROM explicit_counterparty WHERE bank_id = ? AND account_id = ? AND view_id = ? AND name = ?)
            """), arguments: [bankID, accountID, viewID, name]) ?? false
    }

    /// The account's counterparties made through `viewID`, by name.
    static func list(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> [ExplicitCounterpartyRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "\(columns) WHERE bank_id = ? AND account_id = ? AND view_id = ? ORDER BY name, id"),
                         arguments: [bankID, accountID, viewID]).map(record)
    }

    /// Every counterparty made on the account, through any view.
    static func forAccount(_ db: Database, bankID: String, accountID: String) throws -> [ExplicitCounterpartyRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "\(columns) WHERE bank_id = ? AND account_id = ? ORDER BY name, id"),
                         arguments: [bankID, accountID]).map(record)
    }

    static func counterparty(_ db: Database, bankID: String, accountID: String, id: String) throws -> ExplicitCounterpartyRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "\(columns) WHERE bank_id = ? AND account_id = ? AND id = ?"),
                         arguments: [bankID, accountID, id]).map(record)
    }

    static func delete(_ db: Database, bankID: String, accountID: String, viewID: String, id: String) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM explicit_counterparty WHERE bank_id = ? AND account_id = ? AND view_id = ? AND id = ?")
            .execute(arguments: [bankID, accountID, viewID, id])
        return db.changesCount > 0
    }

    private static func record(_ row: Row) -> ExplicitCounterpartyRecord {
        ExplicitCounterpartyRecord(
            id: row[0], bankID: row[1], accountID: row[2], viewID: row[3], name: row[4], description: row[5],
            currency: row[6], createdByUserID: row[7], otherBankRoutingScheme: row[8], otherBankRoutingAddress: row[9],
            otherBranchRoutingScheme: row[10], otherBranchRoutingAddress: row[11], otherAccountRoutingScheme: row[12],
            otherAccountRoutingAddress: row[13], otherAccountSecondaryRoutingScheme: row[14],
            otherAccountSecondaryRoutingAddress: row[15], isBeneficiary: row[16], bespoke: row[17])
    }
}
