/// Every endpoint the sandbox serves under `/obp/vX.Y.Z`, in matching order.
enum OBPRoutes {
    static let transactionPath = "banks/:bank/accounts/:account/:view/transactions/:transaction"
    static let permissionsPath = "banks/:bank/accounts/:account/permissions/:provider/:providerID"

    static let all: [Route] = [
        Route("GET", "root") { api, call in try await api.root(call) },
        Route("GET", "users/current") { api, call in try await api.currentUser(call) },
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
        Route("POST", "banks/:bank/accounts/:account/views", since: .v1_2_1) { api, call in try await api.createView(call) },
        Route("PUT", "banks/:bank/accounts/:account/views/:view", since: .v1_2_1) { api, call in try await api.updateView(call) },
        Route("DELETE", "banks/:bank/accounts/:account/views/:view", since: .v1_2_1) { api, call in try await api.deleteView(call) },
        Route("GET", "banks/:bank/accounts/:account/permissions", since: .v1_2_1) { api, call in try await api.permissions(call) },
        Route("GET", "\(permissionsPath)", since: .v1_2_1) { api, call in try await api.userPermissions(call) },
        Route("POST", "\(permissionsPath)/views", since: .v1_2_1, until: .v3_1_0) { api, call in try await api.grantViews(call) },
        Route("POST", "\(permissionsPath)/views/:view", since: .v1_2_1, until: .v3_1_0) { api, call in try await api.grantView(call) },
        Route("DELETE", "\(permissionsPath)/views", since: .v1_2_1, until: .v3_1_0) { api, call in try await api.revokeAllViews(call) },
        Route("DELETE", "\(permissionsPath)/views/:view", since: .v1_2_1, until: .v3_1_0) { api, call in try await api.revokeView(call) },
        Route("POST", "banks/:bank/accounts/:account/account-access/grant", since: .v4_0_0, until: .v5_0_0) { api, call in
            try await api.accountAccess(call, granting: true)
        },
        Route("POST", "banks/:bank/accounts/:account/account-access/revoke", since: .v4_0_0, until: .v5_0_0) { api, call in
            try await api.accountAccess(call, granting: false)
        },
        Route("POST", "banks/:bank/accounts/:account/views/:view/account-access/grant", since: .v5_1_0) { api, call in
            try await api.viewAccountAccess(call, granting: true)
        },
        Route("POST", "banks/:bank/accounts/:account/views/:view/account-access/revoke", since: .v5_1_0) { api, call in
            try await api.viewAccountAccess(call, granting: false)
        },
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

        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts") { api, call in try await api.otherAccounts(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts/:other") { api, call in
            try await api.otherAccount(call)
        },
    ]

    /// The number of endpoints served for a version, counting DirectLogin (which has no version prefix).
    static func count(for version: APIVersion) -> Int {
        all.filter { $0.serves(version) }.count + 1
    }

    static func route(method: String, version: APIVersion, path: [String]) -> (Route, [String: String])? {
        for route in all where route.method == method && route.serves(version) {
            if let params = route.match(path) { return (route, params) }
        }
        return nil
    }
}
