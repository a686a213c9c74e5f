import GRDB

/// Who has which view of an account: the permissions list, and granting and revoking in the three forms OBP has
/// had (v1.2.1 by provider and provider id, v4.0.0 `account-access` by user id, v5.1.0 through a source view).
extension OBPAPI {
    func permissions(_ call: APICall) async throws -> APIResponse {
        let json = try await administering(call, flag: "can_see_views_with_permissions_for_all_users") { db, account in
            let users = self.users
            return try JSON.obj(["permissions": .array(ViewStore.grants(db, bankID: account.bankID, accountID: account.id)
                .map { user, viewIDs in
                    .obj(["user": users.reference(user),
                          "views": .array(try Self.views(db, viewIDs, account).map(ViewRenderer.inAccount))])
                })])
        }
        return .ok(json)
    }

    func userPermissions(_ call: APICall) async throws -> APIResponse {
        let json = try await administering(call, flag: "can_see_views_with_permissions_for_one_user") { db, account in
            let user = try self.userByProvider(db, call)
            let viewIDs = try StoreReads.accessibleViewIDs(db, userID: user.id, bankID: account.bankID, accountID: account.id)
            let views = try Self.views(db, viewIDs.sorted(by: StoreReads.viewOrder), account)
            return JSON.obj(["views": .array(views.map { ViewRenderer.single($0, version: call.version) })])
        }
        return .ok(json)
    }

    // MARK: v1.2.1: .../permissions/PROVIDER/PROVIDER_ID/views[/VIEW_ID]

    func grantView(_ call: APICall) async throws -> APIResponse {
        let viewID = call.param("view")
        let view = try await changingAccess(call, granting: true, viewID: viewID) { db, user, account in
            try AccessRules.grant(db, user: user, viewID: viewID, account: account)
        }
        return .created(ViewRenderer.inAccount(view))
    }

    func grantViews(_ call: APICall) async throws -> APIResponse {
        guard let viewIDs = try call.jsonBody()["views"] as? [String] else {
            throw OBPError.invalidJSON("The body should be {\"views\": [VIEW_ID, ...]}.")
        }
        let views = try await changingAccess(call, granting: true, viewID: viewIDs.joined(separator: ",")) { db, user, account in
            try viewIDs.map { try AccessRules.grant(db, user: user, viewID: $0, account: account) }
        }
        return .created(.obj(["views": .array(views.map(ViewRenderer.inAccount))]))
    }

    func revokeView(_ call: APICall) async throws -> APIResponse {
        let viewID = call.param("view")
        try await changingAccess(call, granting: false, viewID: viewID) { db, user, account in
            try AccessRules.revoke(db, user: user, viewID: viewID, account: account)
        }
        return .noContent
    }

    func revokeAllViews(_ call: APICall) async throws -> APIResponse {
        try await changingAccess(call, granting: false, viewID: "") { db, user, account in
            try AccessRules.revokeAll(db, user: user, account: account)
        }
        return .noContent
    }

    // MARK: v4.0.0: .../account-access/grant|revoke with {"user_id", "view": {"view_id", "is_system"}}

    func accountAccess(_ call: APICall, granting: Bool) async throws -> APIResponse {
        let callerID = try call.requireUser()
        let body = try call.jsonBody()
        guard let userID = body["user_id"] as? String, let target = body["view"] as? [String: Any],
              let viewID = target["view_id"] as? String, let isSystem = target["is_system"] as? Bool else {
            throw OBPError.invalidJSON("The Json body should be the PostAccountAccessJsonV400 ")
        }
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        let view = try await store.write { db -> ViewDefinition in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard try AccessRules.administers(db, userID: callerID, account: account) else {
                throw OBPError.lacksAccessPermission(granting: granting, viewID: viewID, userID: callerID)
            }
            guard let user = try StoreReads.user(db, id: userID) else { throw OBPError.userNotFoundByID }
            // OBP looks the view up where `is_system` says: among system views, or among the account's own.
            guard isSystem == !viewID.hasPrefix("_") else {
                throw isSystem ? OBPError.systemViewNotFound : OBPError.viewNotFound
            }
            return try Self.change(db, granting: granting, user: user, viewID: viewID, account: account)
        }
        return granting ? .created(ViewRenderer.single(view, version: call.version)) : .created(Self.revoked)
    }

    // MARK: v5.1.0: .../views/VIEW_ID/account-access/grant|revoke with {"user_id", "view_id"}

    func viewAccountAccess(_ call: APICall, granting: Bool) async throws -> APIResponse {
        let callerID = try call.requireUser()
        let body = try call.jsonBody()
        guard let userID = body["user_id"] as? String, let viewID = body["view_id"] as? String else {
            throw OBPError.invalidJSON("The Json body should be the PostAccountAccessJsonV510 ")
        }
        let (bankID, accountID, sourceID) = (call.param("bank"), call.param("account"), call.param("view"))
        let view = try await store.write { db -> ViewDefinition in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            let source = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: sourceID, userID: callerID)
            guard source.view.administers else {
                throw OBPError.sourceViewLacks(granting: granting, sourceViewID: sourceID, targetViewID: viewID)
            }
            guard let user = try StoreReads.user(db, id: userID) else { throw OBPError.userNotFoundByID }
            return try Self.change(db, granting: granting, user: user, viewID: viewID, account: account)
        }
        return granting ? .created(ViewRenderer.single(view, version: call.version)) : .created(Self.revoked)
    }

    // MARK: shared

    private static let revoked = JSON.obj(["revoked": .bool(true)])

    private static func change(_ db: Database, granting: Bool, user: UserRecord, viewID: String,
                               account: AccountRecord) throws -> ViewDefinition {
        if granting { return try AccessRules.grant(db, user: user, viewID: viewID, account: account) }
        let view = try AccessRules.grantable(db, viewID: viewID, account: account, granting: false)
        try AccessRules.revoke(db, user: user, viewID: viewID, account: account)
        return view
    }

    /// Runs `body` in a read for a caller who administers the account, else OBP's 403 naming `flag`.
    private func administering<T: Sendable>(_ call: APICall, flag: String,
                                            _ body: @escaping @Sendable (Database, AccountRecord) throws -> T) async throws -> T {
        let userID = try call.requireUser()
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        return try await store.read { db in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard try AccessRules.administers(db, userID: userID, account: account) else {
                throw OBPError.viewDoesNotPermit(flag)
            }
            return try body(db, account)
        }
    }

    /// The v1.2.1 forms: checks, then runs `body` in a write transaction for the user named in the path.
    private func changingAccess<T: Sendable>(
        _ call: APICall, granting: Bool, viewID: String,
        _ body: @escaping @Sendable (Database, UserRecord, AccountRecord) throws -> T
    ) async throws -> T {
        let callerID = try call.requireUser()
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        return try await store.write { db in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            guard try AccessRules.administers(db, userID: callerID, account: account) else {
                throw OBPError.lacksAccessPermission(granting: granting, viewID: viewID, userID: callerID)
            }
            return try body(db, try self.userByProvider(db, call), account)
        }
    }

    /// The user named by `PROVIDER` (this server's identity provider, URL-encoded in the path) and `PROVIDER_ID`
    /// (the username).
    private func userByProvider(_ db: Database, _ call: APICall) throws -> UserRecord {
        let trimmed = { (text: String) in (text.hasSuffix("/") ? String(text.dropLast()) : text).lowercased() }
        guard trimmed(call.param("provider")) == trimmed(users.provider),
              let user = try ViewStore.user(db, username: call.param("providerID")) else {
            throw OBPError.userNotFoundByProvider
        }
        return user
    }

    private static func views(_ db: Database, _ viewIDs: [String], _ account: AccountRecord) throws -> [ViewDefinition] {
        try viewIDs.compactMap { try ViewStore.view(db, bankID: account.bankID, accountID: account.id, viewID: $0) }
    }
}
