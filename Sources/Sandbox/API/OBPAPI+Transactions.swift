/// Transactions through a view, one transaction, and the core (owner's) list.
extension OBPAPI {
    func transactions(_ call: APICall) async throws -> APIResponse {
        let query = try call.paging()
        let key = PageContextCache.Key(bankID: call.param("bank"), accountID: call.param("account"),
                                       viewID: call.param("view"), userID: call.userID)
        let (users, contexts, generation) = (self.users, pageContexts, call.generation)
        let json = try await store.read { db -> JSON in
            let context = try contexts.context(key, generation: generation) {
                try TransactionPageContext.load(db, bankID: key.bankID, accountID: key.accountID, viewID: key.viewID,
                                                userID: key.userID, users: users)
            }
            let page = try StoreReads.transactions(db, bankID: key.bankID, accountID: key.accountID, query: query,
                                                   layout: context.layout, counterparties: context.counterparties)
            let metadata = context.metadata?.byTransaction ?? [:]
            return context.renderer.page(page, metadata: { metadata[$0.id] })
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
        let key = PageContextCache.Key(bankID: call.param("bank"), accountID: call.param("account"),
                                       viewID: ViewDefinition.owner.id, userID: try call.requireUser())
        let query = try call.paging()
        let (users, contexts, generation) = (self.users, pageContexts, call.generation)
        let json = try await store.read { db -> JSON in
            let context = try contexts.context(key, generation: generation) {
                try TransactionPageContext.load(db, bankID: key.bankID, accountID: key.accountID, viewID: key.viewID,
                                                userID: key.userID, users: users)
            }
            let page = try StoreReads.transactions(db, bankID: key.bankID, accountID: key.accountID, query: query,
                                                   layout: context.layout, counterparties: context.counterparties)
            return context.renderer.page(page, metadata: { _ in nil }, core: true)
        }
        return .ok(json)
    }
}
