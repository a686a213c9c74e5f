/// Custom views: create, update and delete (OBP's Account tag, v1.2.1 onwards). Only a user who administers the
/// account (the owner view) may; system views are fixed.
extension OBPAPI {
    func createView(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let specification = try ViewSpecification(call.jsonBody())
        guard let name = specification.name else { throw OBPError.invalidJSON("The view needs a name.") }
        guard name.hasPrefix("_") else { throw OBPError.invalidCustomViewName(name) }
        let viewID = ViewSpecification.viewID(forName: name)
        guard OBPIdentifier.isValid(viewID) else { throw OBPError.invalidJSON("A view name may only use 0-9, a-z, '-', '.', '_' and spaces.") }
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        let view = try await store.write { db -> ViewDefinition in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard try AccessRules.administers(db, userID: userID, account: account) else {
                throw OBPError.viewDoesNotPermit("can_create_custom_view")
            }
            guard try ViewStore.view(db, bankID: bankID, accountID: accountID, viewID: viewID) == nil else {
                throw OBPError.customViewExists(bankID: bankID, accountID: accountID, viewID: viewID)
            }
            let empty = ViewDefinition(id: viewID, shortName: name, description: "", isPublic: false, alias: .none,
                                       flags: [])
            // Any metadata_view is taken, as OBP takes it (OBP-CLI sends `_test` by default): it names where the
            // view's metadata is kept, and views naming the same one share it.
            let view = specification.applied(to: empty)
            try ViewStore.save(db, view, bankID: bankID, accountID: accountID)
            return view
        }
        return .created(ViewRenderer.single(view, version: call.version))
    }

    func updateView(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let specification = try ViewSpecification(call.jsonBody())
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let view = try await store.write { db -> ViewDefinition in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard let current = try ViewStore.view(db, bankID: bankID, accountID: accountID, viewID: viewID) else {
                throw OBPError.viewNotFound
            }
            guard !current.isSystem else { throw OBPError.systemViewsCanNotBeModified }
            guard try AccessRules.administers(db, userID: userID, account: account) else {
                throw OBPError.viewDoesNotPermit("can_update_custom_view")
            }
            let view = specification.applied(to: current)
            try ViewStore.save(db, view, bankID: bankID, accountID: accountID)
            return view
        }
        return .ok(ViewRenderer.single(view, version: call.version))
    }

    func deleteView(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        guard viewID.hasPrefix("_") else { throw OBPError.invalidCustomViewName(viewID) }
        try await store.write { db in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard try ViewStore.view(db, bankID: bankID, accountID: accountID, viewID: viewID) != nil else {
                throw OBPError.viewNotFound
            }
            guard try AccessRules.administers(db, userID: userID, account: account) else {
                throw OBPError.viewDoesNotPermit("can_delete_custom_view")
            }
            // As OBP: a view someone still has is not deleted, so no grant is left pointing at nothing.
            guard try ViewStore.grantCount(db, bankID: bankID, accountID: accountID, viewID: viewID) == 0 else {
                throw OBPError.cannotDeleteCustomView("Account Access record uses this View: revoke it first.")
            }
            try ViewStore.delete(db, viewID: viewID, bankID: bankID, accountID: accountID)
        }
        return .noContent
    }
}
