import GRDB

/// Account lists, one moderated account, and an account's views.
extension OBPAPI {
    func publicAccounts(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        let accounts = try await store.read { db -> [(AccountRecord, [ViewDefinition])] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            return try StoreReads.publicAccounts(db, bankID: bankID).map { account in
                (account, try ViewStore.views(db, bankID: bankID, accountID: account.id).filter(\.isPublic))
            }
        }
        return .ok(.obj(["accounts": .array(accounts.map { AccountRenderer.basic($0.0, views: $0.1) })]))
    }

    /// `/banks/B/accounts/private` and `/my/accounts` (bank nil): the caller's accounts with their views.
    func privateAccounts(_ call: APICall, bankID: String?) async throws -> APIResponse {
        let userID = try call.requireUser()
        let accounts = try await accessibleAccounts(userID: userID, bankID: bankID)
        return .ok(.obj(["accounts": .array(accounts.map { AccountRenderer.core($0.0, views: $0.1) })]))
    }

    /// v4's `/banks/B/accounts`.
    func accountsAtBank(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let accounts = try await accessibleAccounts(userID: userID, bankID: call.param("bank"))
        return .ok(.obj(["accounts": .array(accounts.map { AccountRenderer.basic($0.0, views: $0.1) })]))
    }

    /// v4's `/banks/B/balances`: the caller's accounts at the bank that one of its views shows the balance of.
    func balances(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let accounts = try await accessibleAccounts(userID: userID, bankID: call.param("bank"))
            .filter { $0.1.contains { $0.can(.canSeeBankAccountBalance) } }
        return .ok(.obj(["accounts": .array(accounts.map { AccountRenderer.balances($0.0) })]))
    }

    func accessibleAccounts(userID: String, bankID: String?) async throws -> [(AccountRecord, [ViewDefinition])] {
        try await store.read { db in
            if let bankID, try StoreReads.bank(db, id: bankID) == nil { throw OBPError.bankNotFound }
            return try StoreReads.accessibleAccounts(db, userID: userID, bankID: bankID).map { account, viewIDs in
                (account, try viewIDs.compactMap {
                    try ViewStore.view(db, bankID: account.bankID, accountID: account.id, viewID: $0)
                })
            }
        }
    }

    func account(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, userID) = (call.param("bank"), call.param("account"), call.param("view"), call.userID)
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            let owners = try StoreReads.owners(db, bankID: bankID, accountID: accountID)
            return AccountRenderer.moderated(access, owners: owners,
                                             availableViews: try Self.availableViews(db, userID: userID, access.account),
                                             users: users,
                                             attributes: try AccountStore.attributes(db, bankID: bankID, accountID: accountID))
        }
        return .ok(json)
    }

    func views(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        let views = try await store.read { db -> [ViewDefinition] in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            let views = try Self.availableViews(db, userID: userID, account)
            guard views.contains(where: { !$0.isPublic }) else { throw OBPError.noViewAccess }
            // OBP lists every view of the account to those who may manage them, custom views nobody has yet too.
            return views.contains(where: \.administers)
                ? try ViewStore.views(db, bankID: bankID, accountID: accountID) : views
        }
        return .ok(.obj(["views": .array(views.map { ViewRenderer.full($0, version: call.version) })]))
    }

    /// The views the caller may use on the account: those granted to it, plus any public view.
    static func availableViews(_ db: Database, userID: String?, _ account: AccountRecord) throws -> [ViewDefinition] {
        let granted = try userID.map { try StoreReads.accessibleViewIDs(db, userID: $0, bankID: account.bankID, accountID: account.id) } ?? []
        return try ViewStore.views(db, bankID: account.bankID, accountID: account.id)
            .filter { granted.contains($0.id) || $0.isPublic }
    }
}
