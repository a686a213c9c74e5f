/// Every endpoint the sandbox serves under `/obp/vX.Y.Z`, in matching order.
enum OBPRoutes {
    static let transactionPath = "banks/:bank/accounts/:account/:view/transactions/:transaction"
    static let accountViewPath = "banks/:bank/accounts/:account/:view"
    static let requestsPath = "\(accountViewPath)/transaction-request-types/:type/transaction-requests"

    static let all: [Route] = [
        Route("GET", "root") { api, call in try await api.root(call) },
        Route("GET", "users/current") { api, call in try await api.currentUser(call) },
        Route("GET", "my/entitlements") { api, call in try await api.myEntitlements(call) },
        Route("POST", "users/:user/entitlements", since: .v2_0_0) { api, call in try await api.addEntitlement(call) },
        Route("GET", "banks") { api, call in try await api.banks(call) },
        Route("GET", "banks/:bank") { api, call in try await api.bank(call) },
        Route("GET", "banks/:bank/branches") { api, call in try await api.branches(call) },
        Route("GET", "banks/:bank/accounts/public") { api, call in try await api.publicAccounts(call) },
        Route("GET", "banks/:bank/accounts/private") { api, call in
            try await api.privateAccounts(call, bankID: call.param("bank"))
        },
        Route("GET", "banks/:bank/accounts", since: .v4_0_0) { api, call in try await api.accountsAtBank(call) },
        Route("GET", "banks/:bank/balances", since: .v4_0_0) { api, call in try await api.balances(call) },
        Route("GET", "my/accounts") { api, call in try await api.privateAccounts(call, bankID: nil) },
        Route("GET", "banks/:bank/accounts/:account/views") { api, call in try await api.views(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/account") { api, call in try await api.account(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/transactions") { api, call in try await api.transactions(call) },
        Route("GET", "\(transactionPath)/transaction") { api, call in try await api.transaction(call) },
        Route("GET", "my/banks/:bank/accounts/:account/transactions") { api, call in try await api.coreTransactions(call) },

        Route("GET", "\(transactionPath)/metadata/narrative") { api, call in try await api.narrative(call) },
        Route("POST", "\(transactionPath)/metadata/narrative") { api, call in try await api.setNarrative(call) },
        Route("PUT", "\(transactionPath)/metadata/narrative") { api, call in try await api.setNarrative(call) },
        Route("DELETE", "\(transactionPath)/metadata/narrative") { api, call in try await api.deleteNarrative(call) },
        Route("GET", "\(transactionPath)/metadata/comments") { api, call in try await api.annotations(call, kind: .comment) },
        Route("POST", "\(transactionPath)/metadata/comments") { api, call in try await api.addAnnotation(call, kind: .comment) },
        Route("DELETE", "\(transactionPath)/metadata/comments/:id") { api, call in
            try await api.deleteAnnotation(call, kind: .comment)
        },
        Route("GET", "\(transactionPath)/metadata/tags") { api, call in try await api.annotations(call, kind: .tag) },
        Route("POST", "\(transactionPath)/metadata/tags") { api, call in try await api.addAnnotation(call, kind: .tag) },
        Route("DELETE", "\(transactionPath)/metadata/tags/:id") { api, call in try await api.deleteAnnotation(call, kind: .tag) },
        Route("GET", "\(transactionPath)/metadata/images") { api, call in try await api.annotations(call, kind: .image) },
        Route("POST", "\(transactionPath)/metadata/images") { api, call in try await api.addAnnotation(call, kind: .image) },
        Route("DELETE", "\(transactionPath)/metadata/images/:id") { api, call in
            try await api.deleteAnnotation(call, kind: .image)
        },
        Route("GET", "\(transactionPath)/metadata/where") { api, call in try await api.whereTag(call) },
        Route("POST", "\(transactionPath)/metadata/where") { api, call in try await api.setWhere(call) },
        Route("PUT", "\(transactionPath)/metadata/where") { api, call in try await api.setWhere(call) },
        Route("DELETE", "\(transactionPath)/metadata/where") { api, call in try await api.deleteWhere(call) },

        Route("GET", "banks/:bank/transaction-request-types", since: .v2_1_0) { api, call in
            try await api.transactionRequestTypesAtBank(call)
        },
        Route("GET", "\(accountViewPath)/transaction-request-types", since: .v1_4_0) { api, call in
            try await api.transactionRequestTypes(call)
        },
        Route("POST", "\(requestsPath)", since: .v2_1_0) { api, call in try await api.createTransactionRequest(call) },
        Route("POST", "\(requestsPath)/:request/challenge", since: .v2_1_0) { api, call in try await api.answerChallenge(call) },
        Route("GET", "\(accountViewPath)/transaction-requests", since: .v2_1_0) { api, call in try await api.transactionRequests(call) },
        Route("GET", "\(accountViewPath)/transaction-requests/:request", since: .v4_0_0) { api, call in
            try await api.transactionRequest(call)
        },
        Route("GET", "banks/:bank/fx/:from/:to", since: .v2_2_0) { api, call in try await api.fxRate(call) },
        Route("PUT", "banks/:bank/fx", since: .v2_2_0) { api, call in try await api.setFXRate(call) },
        Route("POST", "banks/:bank/accounts/:account/products/:product/attribute", since: .v3_1_0) { api, call in
            try await api.createAccountAttribute(call)
        },
        Route("POST", "banks/:bank/products/:product/attribute", since: .v4_0_0) { api, call in
            try await api.createProductAttribute(call)
        },
        Route("PUT", "banks/:bank/accounts/:account/products/:product/attributes/:attribute", since: .v3_1_0) { api, call in
            try await api.updateAccountAttribute(call)
        },
        Route("POST", "\(accountViewPath)/counterparties", since: .v2_2_0) { api, call in
            try await api.createExplicitCounterparty(call)
        },
        Route("GET", "\(accountViewPath)/counterparties", since: .v2_2_0) { api, call in try await api.explicitCounterparties(call) },
        Route("GET", "\(accountViewPath)/counterparties/:counterparty", since: .v2_2_0) { api, call in
            try await api.explicitCounterparty(call)
        },
        Route("DELETE", "\(accountViewPath)/counterparties/:counterparty", since: .v4_0_0) { api, call in
            try await api.deleteExplicitCounterparty(call)
        },
        Route("PUT", "banks/:bank/accounts/:account", since: .v2_2_0) { api, call in try await api.createAccount(call) },
        Route("POST", "banks/:bank/accounts", since: .v4_0_0) { api, call in try await api.createAccount(call) },
        Route("POST", "banks/:bank/accounts/:account", since: .v1_2_1) { api, call in try await api.updateAccountLabel(call) },

        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts") { api, call in try await api.otherAccounts(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts/:other") { api, call in
            try await api.otherAccount(call)
        },
    ]

    /// The number of endpoints served for a version, counting DirectLogin (which has no version prefix).
    static func count(for version: APIVersion) -> Int {
        all.filter { $0.since <= version }.count + 1
    }

    static func route(method: String, version: APIVersion, path: [String]) -> (Route, [String: String])? {
        for route in all where route.method == method && route.since <= version {
            if let params = route.match(path) { return (route, params) }
        }
        return nil
    }
}
