import GRDB

/// Seeds the administrator of `DemoCredentials.adminUsername` with every known role: system roles at "" and bank
/// roles at each bank in the store. Idempotent, so it runs on every start and covers banks loaded since.
enum SandboxAdmin {
    static let email = "admin@bankterm.example"

    static var userID: String { DerivedID.make("admin", DemoCredentials.adminUsername) }

    static func seed(_ db: Database) throws {
        if try !Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM user WHERE username = ?)",
                              arguments: [DemoCredentials.adminUsername])! {
            try BulkInserter(db).insert(UserRecord(id: userID, username: DemoCredentials.adminUsername, email: email),
                                        password: DemoCredentials.adminPassword)
        }
        let bankIDs = try String.fetchAll(db, sql: "SELECT id FROM bank")
        for role in Role.allCases {
            for bankID in role.requiresBankID ? bankIDs : [""] {
                try EntitlementTable.add(db, EntitlementRecord(id: DerivedID.make("entitlement", userID, bankID, role.rawValue),
                                                               userID: userID, bankID: bankID, roleName: role.rawValue))
            }
        }
    }
}
