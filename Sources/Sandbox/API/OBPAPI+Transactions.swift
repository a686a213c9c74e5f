/// Transactions through a view, one transaction, and the core (owner's) list.
extension OBPAPI {
    func transactions(_ call: APICall) async throws -> APIResponse {
        let query = try call.paging()
        let (bankID, accountID, viewID, userID) = (call.param("bank"), call.param("account"), call.param("view"), call.userID)
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            let page = try StoreReads.transactions(db, bankID: bankID, accountID: accountID, query: query)
            let metadata = access.view.can(.canSeeTransactionMetadata)
                ? try StoreReads.metadata(db, bankID: bankID, accountID: accountID, viewID: access.view.metadataView,
                                          transactionIDs: page.map(\.id))
                : [:]
            let renderer = TransactionRenderer(access: access, holders: try StoreReads.owners(db, bankID: bankID, accountID: accountID),
                                               users: users, counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
            return .obj(["transactions": .array(page.map { renderer.transaction($0, metadata: metadata[$0.id]) })])
        }
        return .ok(json)
    }

    func transaction(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, transactionID, userID) =
            (call.param("bank"), call.param("account"), call.param("view"), call.param("transaction"), call.userID)
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard let transaction = try StoreReads.transaction(db, bankID: bankID, accountID: accountID, id: transactionID) else {
                throw OBPError.transactionNotFound
            }
            let metadata = try StoreReads.metadata(db, bankID: bankID, accountID: accountID,
                                                   viewID: access.view.metadataView, transactionIDs: [transactionID])
            let renderer = TransactionRenderer(access: access, holders: try StoreReads.owners(db, bankID: bankID, accountID: accountID),
                                               users: users, counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
            return renderer.transaction(transaction, metadata: metadata[transactionID])
        }
        return .ok(json)
    }

    /// `/my/banks/B/accounts/A/transactions`: the account holder's list, without view metadata.
    func coreTransactions(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let query = try call.paging()
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        let users = self.users
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: ViewDefinition.owner.id,
                                                userID: userID)
            let page = try StoreReads.transactions(db, bankID: bankID, accountID: accountID, query: query)
            let renderer = TransactionRenderer(access: access, holders: try StoreReads.owners(db, bankID: bankID, accountID: accountID),
                                               users: users, counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
            return .obj(["transactions": .array(page.map { renderer.transaction($0, metadata: nil, core: true) })])
        }
        return .ok(json)
    }
}
