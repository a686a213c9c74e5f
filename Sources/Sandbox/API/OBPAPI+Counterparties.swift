/// Counterparties ("other accounts") of an account, as a view sees them.
extension OBPAPI {
    func otherAccounts(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, userID) = (call.param("bank"), call.param("account"), call.param("view"), call.userID)
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            let renderer = TransactionRenderer(access: access, holders: [], users: users)
            let counterparties = try StoreReads.counterparties(db, bankID: bankID, accountID: accountID)
            return .obj(["other_accounts": .array(counterparties.map { renderer.otherAccount($0, withMetadata: true) })])
        }
        return .ok(json)
    }

    func otherAccount(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, userID) = (call.param("bank"), call.param("account"), call.param("view"), call.userID)
        let otherID = call.param("other")
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard let counterparty = try StoreReads.counterparty(db, bankID: bankID, accountID: accountID, id: otherID) else {
                throw OBPError.counterpartyNotFound
            }
            return TransactionRenderer(access: access, holders: [], users: users).otherAccount(counterparty, withMetadata: true)
        }
        return .ok(json)
    }
}
