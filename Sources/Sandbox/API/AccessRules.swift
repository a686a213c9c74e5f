import GRDB

/// OBP's rules for changing who may use which view of an account, shared by every form of the grant and revoke
/// endpoints (v1.2.1's by provider, v4.0.0's and v5.1.0's by user id). Each runs inside the caller's write
/// transaction, so a refused change of several views changes none.
enum AccessRules {
    /// Whether one of the views `userID` has on the account administers it (OBP: the owner view's
    /// `can_grant_access_to_views`, `can_create_custom_view`, ...).
    static func administers(_ db: Database, userID: String, account: AccountRecord) throws -> Bool {
        try StoreReads.accessibleViewIDs(db, userID: userID, bankID: account.bankID, accountID: account.id)
            .contains { ViewDefinition.named($0)?.administers == true }
    }

    /// The view `viewID` of the account, which must be one that can be granted: a public view is everyone's.
    static func grantable(_ db: Database, viewID: String, account: AccountRecord, granting: Bool) throws -> ViewDefinition {
        guard let view = try ViewStore.view(db, bankID: account.bankID, accountID: account.id, viewID: viewID) else {
            throw OBPError.viewNotFound
        }
        if view.isPublic {
            let reason = "The view \(viewID) is public: everyone has it, so it is neither granted nor revoked."
            throw granting ? OBPError.cannotGrant(reason) : OBPError.cannotRevoke(reason)
        }
        return view
    }

    static func grant(_ db: Database, user: UserRecord, viewID: String, account: AccountRecord) throws -> ViewDefinition {
        let view = try grantable(db, viewID: viewID, account: account, granting: true)
        try ViewStore.grant(db, userID: user.id, bankID: account.bankID, accountID: account.id, viewID: view.id)
        return view
    }

    /// Revokes one view; the last user with the owner view keeps it, or nobody could manage the account.
    static func revoke(_ db: Database, user: UserRecord, viewID: String, account: AccountRecord) throws {
        let view = try grantable(db, viewID: viewID, account: account, granting: false)
        let granted = try StoreReads.accessibleViewIDs(db, userID: user.id, bankID: account.bankID, accountID: account.id)
        guard granted.contains(view.id) else { throw OBPError.cannotFindAccountAccess }
        try requireAnotherOwner(db, revoking: [view.id], account: account)
        _ = try ViewStore.revoke(db, userID: user.id, bankID: account.bankID, accountID: account.id, viewID: view.id)
    }

    static func revokeAll(_ db: Database, user: UserRecord, account: AccountRecord) throws {
        let granted = try StoreReads.accessibleViewIDs(db, userID: user.id, bankID: account.bankID, accountID: account.id)
        try requireAnotherOwner(db, revoking: granted, account: account)
        for viewID in granted {
            _ = try ViewStore.revoke(db, userID: user.id, bankID: account.bankID, accountID: account.id, viewID: viewID)
        }
    }

    private static func requireAnotherOwner(_ db: Database, revoking viewIDs: [String], account: AccountRecord) throws {
        let owner = ViewDefinition.owner.id
        guard viewIDs.contains(owner),
              try ViewStore.grantCount(db, bankID: account.bankID, accountID: account.id, viewID: owner) <= 1 else { return }
        throw OBPError.cannotRevoke("The last owner of an account keeps the owner view: grant it to another user first.")
    }
}
