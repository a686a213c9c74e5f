import Foundation

/// Making and changing custom views, and deciding who has which view: OBP's views and permissions endpoints.
/// Grants by username go through v3.1.0, the last version that serves the permissions-by-provider forms (and one
/// every OBP server still serves); grants by user id use the configured version's `account-access` form.
extension OBPProvider {
    /// Every view of the account in full (those who manage the account see the custom views nobody has yet).
    public func viewDetails(account: AccountRef) async throws -> [ViewDetails] {
        try OBPWire.viewDetailsList(await call(.get, accountPath(account) + "/views"))
    }

    /// Creates custom view `name` (it must start with `_`; OBP makes the id from it, lower case without spaces).
    /// A POST: never retried.
    public func createView(named name: String, _ spec: ViewSpec, in account: AccountRef) async throws -> ViewDetails {
        guard name.hasPrefix("_") else {
            throw BankError(kind: .invalidInput, message: "a custom view's name starts with _ (for example _\(name))")
        }
        return try OBPWire.viewDetails(await call(.post, accountPath(account) + "/views",
                                                  body: Self.json(spec.body(name: name))))
    }

    public func updateView(_ viewID: ViewID, _ spec: ViewSpec, in account: AccountRef) async throws -> ViewDetails {
        try OBPWire.viewDetails(await call(.put, viewsPath(account, viewID), body: Self.json(spec.body(name: nil))))
    }

    public func deleteView(_ viewID: ViewID, in account: AccountRef) async throws {
        _ = try await call(.delete, viewsPath(account, viewID))
    }

    /// Who has which views of the account.
    public func accessList(account: AccountRef) async throws -> [AccessGrant] {
        try OBPWire.permissions(await call(.get, accountPath(account) + "/permissions"))
    }

    /// The views one user has; `provider` is their identity provider (this server's, for its own users).
    public func access(of username: String, provider: String, account: AccountRef) async throws -> [ViewDetails] {
        try OBPWire.viewDetailsList(await call(.get, permissionsPath(account, provider, username)))
    }

    /// Grants `views` to the user, all or none. Returns the views granted.
    @discardableResult
    public func grantAccess(to username: String, provider: String, views: [ViewID],
                            account: AccountRef) async throws -> [ViewSummary] {
        let body = Self.json(["views": views.map(\.rawValue)])
        return try OBPWire.views(await call(.post, permissionsPath(account, provider, username) + "/views", body: body,
                                            version: .v3_1_0))
    }

    /// Grants one view (OBP's single-view form, `.../views/VIEW_ID`). Returns the view granted.
    @discardableResult
    public func grantAccess(to username: String, provider: String, view: ViewID,
                            account: AccountRef) async throws -> ViewDetails {
        try OBPWire.viewDetails(await call(.post, permissionsPath(account, provider, username) + "/views/\(Self.encode(view))",
                                           version: .v3_1_0))
    }

    /// Revokes one view; OBP refuses to revoke the last owner's owner view and any public view.
    public func revokeAccess(from username: String, provider: String, view: ViewID, account: AccountRef) async throws {
        _ = try await call(.delete, permissionsPath(account, provider, username) + "/views/\(Self.encode(view))",
                           version: .v3_1_0)
    }

    public func revokeAllAccess(from username: String, provider: String, account: AccountRef) async throws {
        _ = try await call(.delete, permissionsPath(account, provider, username) + "/views", version: .v3_1_0)
    }

    /// Grants one view by user id, in the form of the configured version: v5.1.0 asks through `sourceView` (a view
    /// of the caller that may grant), v4.0.0 and v5.0.0 name the target only.
    @discardableResult
    public func grantAccountAccess(userID: UserID, view: ViewID, through sourceView: ViewID = "owner",
                                   account: AccountRef) async throws -> ViewDetails {
        let (path, body) = try accountAccess("grant", userID: userID, view: view, sourceView: sourceView, account)
        return try OBPWire.viewDetails(await call(.post, path, body: body))
    }

    /// Revokes one view by user id; true when the server says it did.
    @discardableResult
    public func revokeAccountAccess(userID: UserID, view: ViewID, through sourceView: ViewID = "owner",
                                    account: AccountRef) async throws -> Bool {
        let (path, body) = try accountAccess("revoke", userID: userID, view: view, sourceView: sourceView, account)
        return try OBPWire.revoked(await call(.post, path, body: body))
    }

    private nonisolated func accountAccess(_ action: String, userID: UserID, view: ViewID, sourceView: ViewID,
                                           _ account: AccountRef) throws -> (String, Data) {
        switch configuration.apiVersion {
        case .v5_1_0:
            return (viewsPath(account, sourceView) + "/account-access/\(action)",
                    Self.json(["user_id": userID.rawValue, "view_id": view.rawValue]))
        case .v4_0_0, .v5_0_0:
            return (accountPath(account) + "/account-access/\(action)",
                    Self.json(["user_id": userID.rawValue, "view": ["view_id": view.rawValue, "is_system": !view.rawValue.hasPrefix("_")]]))
        case .v1_1, .v3_0_0, .v3_1_0:
            throw BankError(kind: .invalidInput,
                            message: "granting by user id needs OBP v4.0.0 or later (use the username form)")
        }
    }

    private nonisolated func viewsPath(_ account: AccountRef, _ viewID: ViewID) -> String {
        accountPath(account) + "/views/\(Self.encode(viewID))"
    }

    private nonisolated func permissionsPath(_ account: AccountRef, _ provider: String, _ username: String) -> String {
        accountPath(account) + "/permissions/\(Self.encode(provider))/\(Self.encode(username))"
    }
}
