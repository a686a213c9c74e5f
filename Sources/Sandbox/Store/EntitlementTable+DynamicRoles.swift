import Foundation
import GRDB

/// The roles OBP makes for each dynamic entity are names, not `Role` cases: they come and go with their entity.
extension EntitlementTable {
    /// Whether the user holds the role at the bank ("" for a system-level entity's role).
    static func holds(_ db: Database, userID: String, roleName: String, bankID: String?) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS(SELECT 1 FROM entitlement WHERE user_id = ? AND bank_id = ? AND role_name = ?)
            """), arguments: [userID, bankID ?? "", roleName]) ?? false
    }

    /// Grants each role at the bank to the user, as OBP does for the maker of an entity.
    static func grant(_ db: Database, roleNames: [String], bankID: String?, userID: String) throws {
        for roleName in roleNames {
            try add(db, EntitlementRecord(id: UUID().uuidString.lowercased(), userID: userID, bankID: bankID ?? "",
                                          roleName: roleName))
        }
    }

    /// Takes the roles from everyone, when their entity goes.
    static func revokeEverywhere(_ db: Database, roleNames: [String], bankID: String?) throws {
        for roleName in roleNames {
            try db.cachedStatement(sql: "DELETE FROM entitlement WHERE bank_id = ? AND role_name = ?")
                .execute(arguments: [bankID ?? "", roleName])
        }
    }
}
