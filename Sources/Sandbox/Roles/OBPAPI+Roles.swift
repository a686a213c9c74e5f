import GRDB

/// The role check of OBP's role-gated calls: the caller must hold at least one of the roles, each looked up where
/// OBP looks (a bank role at `bankID`, a system role at ""), else 403 OBP-20006 naming them.
extension OBPAPI {
    /// Checks the logged-in caller of `call` (401 OBP-20001 when there is none) and returns its user id.
    @discardableResult
    func requireRole(_ roles: Role..., bankID: String? = nil, call: APICall) async throws -> String {
        let userID = try call.requireUser()
        try await store.read { db in try Self.requireRole(db, roles, bankID: bankID, userID: userID) }
        return userID
    }

    /// The same check inside a read or write transaction, so a write can be checked and made atomically.
    static func requireRole(_ db: Database, _ roles: [Role], bankID: String?, userID: String) throws {
        for role in roles where try EntitlementTable.holds(db, userID: userID, role: role, bankID: bankID) { return }
        throw OBPError.missingRoles(roles, bankID: bankID)
    }
}
