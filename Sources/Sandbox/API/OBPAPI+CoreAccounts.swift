/// The account reads real clients call beyond the view-moderated account: the core account, accounts held,
/// public accounts of every bank, private account ids, the public account, one branch, one account's balances
/// and a transaction's other account.
extension OBPAPI {
    /// `/my/banks/B/accounts/A/account`: through the owner view, as OBP checks it; v4's shape lists the caller's views.
    func coreAccount(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID, version, users) = (call.param("bank"), call.param("account"), call.version, self.users)
        return .ok(try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: ViewDefinition.owner.id,
                                                userID: userID)
            guard version >= .v4_0_0 else {
                return CoreAccountRenderer.coreV300(access, owners: try StoreReads.owners(db, bankID: bankID, accountID: accountID),
                                                    users: users)
            }
            return CoreAccountRenderer.coreV400(access, views: try Self.availableViews(db, userID: userID, access.account))
        })
    }

    /// v5.1's `/banks/B/accounts/A/views/V`: the core account through any view the caller has.
    func coreAccountThroughView(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        return .ok(try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            return CoreAccountRenderer.coreV400(access, views: try Self.availableViews(db, userID: userID, access.account))
        })
    }

    /// `/banks/B/public/accounts/A/V/account`: only through a public view.
    func publicAccount(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, userID, users) = (call.param("bank"), call.param("account"), call.param("view"),
                                                          call.userID, self.users)
        return .ok(try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard access.view.isPublic else { throw OBPError.noViewAccess }
            return CoreAccountRenderer.coreV300(access, owners: try StoreReads.owners(db, bankID: bankID, accountID: accountID),
                                                users: users)
        })
    }

    /// `/banks/B/accounts-held`: the accounts the caller holds (has the owner view of) at the bank.
    func accountsHeld(_ call: APICall) async throws -> APIResponse {
        let held = try await accessibleAccounts(userID: try call.requireUser(), bankID: call.param("bank"))
            .filter { $0.1.contains { $0.id == ViewDefinition.owner.id } }
        return .ok(.obj(["accounts": .array(held.map { CoreAccountRenderer.held($0.0) })]))
    }

    /// `/banks/B/accounts/account_ids/private`.
    func privateAccountIDs(_ call: APICall) async throws -> APIResponse {
        let accounts = try await accessibleAccounts(userID: try call.requireUser(), bankID: call.param("bank"))
        return .ok(.obj(["accounts": .array(accounts.map { .obj(["id": .string($0.0.id)]) })]))
    }

    /// `/accounts/public`: every bank's public accounts.
    func publicAccountsAllBanks(_ call: APICall) async throws -> APIResponse {
        let accounts = try await store.read { db in
            try StoreReads.banks(db).flatMap { try StoreReads.publicAccounts(db, bankID: $0.id) }
        }
        return .ok(.obj(["accounts": .array(accounts.map { AccountRenderer.basic($0, views: [.publicView]) })]))
    }

    /// `/banks/B/branches/ID`.
    func branch(_ call: APICall) async throws -> APIResponse {
        let (bankID, branchID) = (call.param("bank"), call.param("branch"))
        let body = try await store.read { db -> String in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            guard let body = try StoreReads.branchBody(db, bankID: bankID, id: branchID) else { throw OBPError.branchNotFound }
            return body
        }
        return .ok(.raw(Array(body.utf8)))
    }

    /// `/banks/B/accounts/A/balances`: needs a view of the caller's that shows the balance.
    func accountBalances(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        return .ok(try await store.read { db -> JSON in
            let (_, account) = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            let views = try Self.availableViews(db, userID: userID, account).filter { !$0.isPublic }
            guard !views.isEmpty else { throw OBPError.noViewAccess }
            guard views.contains(where: { $0.can(.canSeeBankAccountBalance) }) else {
                throw OBPError.noPermission(ViewFlag.canSeeBankAccountBalance.rawValue)
            }
            return AccountRenderer.balances(account)
        })
    }

    /// `.../V/transactions/T/other_account`: the transaction's counterparty as the view shows it, in v1.2.1's shape
    /// (only APIMethods121 defines it, and later versions serve it as it is).
    func transactionOtherAccount(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, transactionID) = (call.param("bank"), call.param("account"), call.param("view"),
                                                          call.param("transaction"))
        let (userID, users) = (call.userID, self.users)
        return .ok(try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard let transaction = try StoreReads.transaction(db, bankID: bankID, accountID: accountID, id: transactionID) else {
                throw OBPError.transactionNotFound
            }
            try access.require(.canSeeTransactionOtherBankAccount)
            return TransactionRenderer(access: access, holders: [], users: users,
                                       counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
                .otherAccountV121(transaction.counterparty)
        })
    }
}
