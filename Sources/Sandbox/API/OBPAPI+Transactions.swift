import GRDB

/// Transactions through a view, one transaction, and the core (owner's) list.
extension OBPAPI {
    func transactions(_ call: APICall) async throws -> APIResponse {
        let query = try call.paging()
        let key = PageContextCache.Key(bankID: call.param("bank"), accountID: call.param("account"),
                                       viewID: call.param("view"), userID: call.userID)
        return .ok(try await page(key, generation: call.generation, oneStatement: query.isWholeRange) { db, context in
            let page = try StoreReads.transactions(db, bankID: key.bankID, accountID: key.accountID, query: query,
                                                   layout: context.layout, counterparties: context.counterparties)
            return context.renderer.page(page, metadata: { context.metadata?.record(for: $0.id) })
        })
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
        return .ok(try await page(key, generation: call.generation, oneStatement: query.isWholeRange) { db, context in
            let page = try StoreReads.transactions(db, bankID: key.bankID, accountID: key.accountID, query: query,
                                                   layout: context.layout, counterparties: context.counterparties)
            return context.renderer.page(page, metadata: { _ in nil }, core: true)
        })
    }

    /// A page rendered by `render` with its account's context. With the context kept and no date filter (whose
    /// bounds are read first, and must agree with the page), the page is one statement (and, rarely, a
    /// counterparty the account does not list, which needs no snapshot shared with it), read without a
    /// transaction around it; a context is loaded in one transaction, so its parts agree.
    private func page(_ key: PageContextCache.Key, generation: Int?, oneStatement: Bool,
                      render: @Sendable @escaping (Database, TransactionPageContext) throws -> JSON) async throws -> JSON {
        let (users, contexts) = (self.users, pageContexts)
        if oneStatement, let context = contexts.cached(key, generation: generation) {
            return try await store.readStatement { db in try render(db, context) }
        }
        return try await store.read { db in
            let context = try contexts.context(key, generation: generation) {
                try TransactionPageContext.load(db, bankID: key.bankID, accountID: key.accountID, viewID: key.viewID,
                                                userID: key.userID, users: users)
            }
            return try render(db, context)
        }
    }
}
