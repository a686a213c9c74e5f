import Foundation

/// Entitlements: the caller's own, and granting a role to a user (role-gated).
extension OBPAPI {
    /// `GET /my/entitlements`.
    func myEntitlements(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let entitlements = try await store.read { db in try EntitlementTable.forUser(db, userID: userID) }
        return .ok(EntitlementRenderer.list(entitlements))
    }

    /// `POST /users/USER_ID/entitlements` with `{"bank_id": "", "role_name": ""}`, checked in OBP's order: the user,
    /// the body, the role's name, bank or system role, the caller's roles, the bank, an existing grant.
    /// OBP's own refusal text also names super admins (OBP-20050); the sandbox has none, so it answers OBP-20006.
    func addEntitlement(_ call: APICall) async throws -> APIResponse {
        let callerID = try call.requireUser()
        let userID = call.param("user")
        let body = try? call.jsonBody()
        let bankIDField = body?["bank_id"] as? String, roleName = body?["role_name"] as? String
        let entitlement = try await store.write { db -> EntitlementRecord in
            guard try StoreReads.user(db, id: userID) != nil else { throw OBPError.userNotFoundByID }
            guard let bankID = bankIDField, let roleName else { throw OBPError.createEntitlementJSON }
            guard let role = Role(rawValue: roleName) else { throw OBPError.incorrectRoleName(roleName) }
            guard role.requiresBankID == !bankID.isEmpty else {
                throw role.requiresBankID ? OBPError.entitlementIsBankRole : OBPError.entitlementIsSystemRole
            }
            try Self.requireRole(db, [.canCreateEntitlementAtOneBank, .canCreateEntitlementAtAnyBank], bankID: bankID,
                                 userID: callerID)
            if !bankID.isEmpty, try StoreReads.bank(db, id: bankID) == nil { throw OBPError.bankNotFound }
            let record = EntitlementRecord(id: UUID().uuidString.lowercased(), userID: userID, bankID: bankID,
                                           roleName: role.rawValue)
            guard try EntitlementTable.add(db, record) else { throw OBPError.entitlementAlreadyExists }
            return record
        }
        return .created(EntitlementRenderer.entry(entitlement))
    }
}

