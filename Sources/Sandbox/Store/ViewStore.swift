import BankKit
import GRDB

/// The views of accounts and who has been granted them. Built-in views are code (`ViewDefinition.all`); custom
/// views and changed built-in custom views (`_public`) are rows of `custom_view`, which win over the code.
/// `account_view` says which views an account has, `account_access` which user may use which of them.
enum ViewStore {
    static func createSchema(_ db: Database) throws {
        // New in issue 12: `IF NOT EXISTS` is the migration, as older database files simply lack the table.
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS custom_view(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, view_id TEXT NOT NULL, short_name TEXT NOT NULL,
                description TEXT NOT NULL, metadata_view TEXT NOT NULL, is_public INTEGER NOT NULL,
                alias TEXT NOT NULL, hide_metadata_if_alias_used INTEGER NOT NULL, flags TEXT NOT NULL,
                PRIMARY KEY(bank_id, account_id, view_id)) WITHOUT ROWID;
            """)
    }

    // MARK: views

    /// The account's view `viewID`, if the account has it.
    static func view(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> ViewDefinition? {
        guard try Row.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM account_view WHERE bank_id = ? AND account_id = ? AND view_id = ?
            """), arguments: [bankID, accountID, viewID]) != nil else { return nil }
        return try custom(db, bankID: bankID, accountID: accountID, viewID: viewID) ?? ViewDefinition.named(viewID)
    }

    /// Every view of the account, owner first, then the other system views, then custom ones.
    static func views(_ db: Database, bankID: String, accountID: String) throws -> [ViewDefinition] {
        try StoreReads.viewIDs(db, bankID: bankID, accountID: accountID).sorted(by: StoreReads.viewOrder).compactMap {
            try custom(db, bankID: bankID, accountID: accountID, viewID: $0) ?? ViewDefinition.named($0)
        }
    }

    private static func custom(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> ViewDefinition? {
        let statement = try db.cachedStatement(sql: """
            SELECT view_id, short_name, description, metadata_view, is_public, alias, hide_metadata_if_alias_used, flags
            FROM custom_view WHERE bank_id = ? AND account_id = ? AND view_id = ?
            """)
        return try Row.fetchOne(statement, arguments: [bankID, accountID, viewID]).map { row in
            let flags: String = row[7]
            return ViewDefinition(id: row[0], shortName: row[1], description: row[2], isPublic: row[4],
                                  alias: ViewDefinition.Alias(rawValue: row[5]) ?? .none,
                                  flags: Set(flags.split(separator: ",").compactMap { ViewFlag(rawValue: String($0)) }),
                                  metadataView: row[3], hideMetadataIfAliasUsed: row[6])
        }
    }

    /// Creates or replaces a custom view of the account.
    static func save(_ db: Database, _ view: ViewDefinition, bankID: String, accountID: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO custom_view VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
            bankID, accountID, view.id, view.shortName, view.description, view.metadataView, view.isPublic,
            view.alias.rawValue, view.hideMetadataIfAliasUsed,
            ViewFlag.allCases.filter(view.can).map(\.rawValue).joined(separator: ","),
        ])
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO account_view VALUES (?, ?, ?)")
            .execute(arguments: [bankID, accountID, view.id])
    }

    static func delete(_ db: Database, viewID: String, bankID: String, accountID: String) throws {
        for table in ["custom_view", "account_view"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE bank_id = ? AND account_id = ? AND view_id = ?",
                           arguments: [bankID, accountID, viewID])
        }
    }

    // MARK: access

    /// Every user with access to the account and the ids of the views they have, users by name.
    static func grants(_ db: Database, bankID: String, accountID: String) throws -> [(UserRecord, [String])] {
        let statement = try db.cachedStatement(sql: """
            SELECT u.id, u.username, u.email, group_concat(x.view_id)
            FROM account_access x JOIN user u ON u.id = x.user_id
            WHERE x.bank_id = ? AND x.account_id = ? GROUP BY u.id ORDER BY u.username
            """)
        return try Row.fetchAll(statement, arguments: [bankID, accountID]).map { row in
            let views: String = row[3]
            return (UserRecord(id: row[0], username: row[1], email: row[2]),
                    views.split(separator: ",").map(String.init).sorted(by: StoreReads.viewOrder))
        }
    }

    static func grantCount(_ db: Database, bankID: String, accountID: String, viewID: String) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM account_access WHERE bank_id = ? AND account_id = ? AND view_id = ?
            """), arguments: [bankID, accountID, viewID]) ?? 0
    }

    static func grant(_ db: Database, userID: String, bankID: String, accountID: String, viewID: String) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO account_access VALUES (?, ?, ?, ?)")
            .execute(arguments: [userID, bankID, accountID, viewID])
    }

    /// Removes one grant; returns whether there was one.
    static func revoke(_ db: Database, userID: String, bankID: String, accountID: String, viewID: String) throws -> Bool {
        try db.cachedStatement(sql: """
            DELETE FROM account_access WHERE user_id = ? AND bank_id = ? AND account_id = ? AND view_id = ?
            """).execute(arguments: [userID, bankID, accountID, viewID])
        return db.changesCount > 0
    }

    static func user(_ db: Database, username: String) throws -> UserRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, username, email FROM user WHERE username = ?"),
                         arguments: [username]).map { UserRecord(id: $0[0], username: $0[1], email: $0[2]) }
    }
}
