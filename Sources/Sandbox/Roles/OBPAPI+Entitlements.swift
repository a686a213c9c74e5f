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
            // Besides OBP's fixed roles, the ones it made for each dynamic entity.
            guard let requiresBankID = try Role(rawValue: roleName)?.requiresBankID
                    ?? DynamicEntityStore.roleRequiresBankID(db, roleName) else { throw OBPError.incorrectRoleName(roleName) }
            guard requiresBankID == !bankID.isEmpty else {
                throw requiresBankID ? OBPError.entitlementIsBankRole : OBPError.entitlementIsSystemRole
            }
            try Self.requireRole(db, [.canCreateEntitlementAtOneBank, .canCreateEntitlementAtAnyBank], bankID: bankID,
                                 userID: callerID)
            if !bankID.isEmpty, try StoreReads.bank(db, id: bankID) == nil { throw OBPError.bankNotFound }
            let record = EntitlementRecord(id: UUID().uuidString.lowercased(), userID: userID, bankID: bankID,
                                           roleName: roleName)
            guard try EntitlementTable.add(db, record) else { throw OBPError.entitlementAlreadyExists }
            return record
        }
        return .created(EntitlementRenderer.entry(entitlement))
    }
}

/// Reading other users' entitlements, each gated by OBP's roles for it.
extension OBPAPI {
    /// `GET /users/USER_ID/entitlements`; v4 adds each entitlement's `user_id`.
    func userEntitlements(_ call: APICall) async throws -> APIResponse {
        let (userID, withUserID) = (call.param("user"), call.version >= .v4_0_0)
        try await requireRole(.canGetEntitlementsForAnyUserAtAnyBank, call: call)
        let entitlements = try await store.read { db in try EntitlementTable.forUser(db, userID: userID) }
        return .ok(EntitlementRenderer.list(entitlements, withUserID: withUserID))
    }

    /// `GET /banks/BANK_ID/users/USER_ID/entitlements`: the user's entitlements at the bank.
    func userEntitlementsAtBank(_ call: APICall) async throws -> APIResponse {
        let (bankID, userID) = (call.param("bank"), call.param("user"))
        try await requireRole(.canGetEntitlementsForAnyUserAtOneBank, .canGetEntitlementsForAnyUserAtAnyBank,
                              bankID: bankID, call: call)
        let entitlements = try await store.read { db in
            try EntitlementTable.forUser(db, userID: userID).filter { $0.bankID == bankID }
        }
        return .ok(EntitlementRenderer.list(entitlements))
    }

    /// `GET /entitlements`: everyone's.
    func allEntitlements(_ call: APICall) async throws -> APIResponse {
        try await requireRole(.canGetEntitlementsForAnyUserAtAnyBank, call: call)
        return .ok(EntitlementRenderer.list(try await store.read { db in try EntitlementTable.all(db) }))
    }

    /// `GET /banks/BANK_ID/entitlements`: everyone's at the bank.
    func bankEntitlements(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        try await requireRole(.canGetEntitlementsForOneBank, .canGetEntitlementsForAnyBank, bankID: bankID, call: call)
        let entitlements = try await store.read { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            return try EntitlementTable.forBank(db, bankID: bankID)
        }
        return .ok(EntitlementRenderer.list(entitlements, withUserID: true))
    }
}
