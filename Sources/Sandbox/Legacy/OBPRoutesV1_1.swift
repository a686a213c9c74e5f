/// The endpoints of OBP API v1.1, served under `/obp/v1.1` only. The metadata routes are v1.2.1's handlers: their
/// shapes did not change between the two.
enum OBPRoutesV1_1 {
    private static let tx = OBPRoutes.transactionPath
    private static let other = "banks/:bank/accounts/:account/:view/other_accounts/:other"

    static let all: [Route] = [
        Route("GET", "root", since: .v1_1, until: .v1_1) { api, call in try await api.root(call) },
        Route("GET", "banks", since: .v1_1, until: .v1_1) { api, call in try await api.banksV1_1(call) },
        Route("GET", "banks/:bank", since: .v1_1, until: .v1_1) { api, call in try await api.bankV1_1(call) },
        Route("GET", "banks/:bank/offices", since: .v1_1, until: .v1_1) { api, call in try await api.officesV1_1(call) },
        Route("GET", "banks/:bank/accounts", since: .v1_1, until: .v1_1) { api, call in try await api.accountsV1_1(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/account", since: .v1_1, until: .v1_1) { api, call in
            try await api.accountV1_1(call)
        },
        Route("GET", "banks/:bank/accounts/:account/:view/transactions", since: .v1_1, until: .v1_1) { api, call in
            try await api.transactionsV1_1(call)
        },
        Route("GET", "\(tx)/transaction", since: .v1_1, until: .v1_1) { api, call in try await api.transactionV1_1(call) },
        Route("GET", "\(tx)/other_account", since: .v1_1, until: .v1_1) { api, call in
            try await api.transactionOtherAccountV1_1(call)
        },
        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts", since: .v1_1, until: .v1_1) { api, call in
            try await api.otherAccountsV1_1(call)
        },
        Route("GET", other, since: .v1_1, until: .v1_1) { api, call in try await api.otherAccountV1_1(call) },
        Route("GET", "\(other)/metadata", since: .v1_1, until: .v1_1) { api, call in try await api.otherAccountMetadataV1_1(call) },
        Route("GET", "\(tx)/metadata/narrative", since: .v1_1, until: .v1_1) { api, call in try await api.narrative(call) },
        Route("POST", "\(tx)/metadata/narrative", since: .v1_1, until: .v1_1) { api, call in try await api.setNarrative(call) },
        Route("PUT", "\(tx)/metadata/narrative", since: .v1_1, until: .v1_1) { api, call in try await api.setNarrative(call) },
        Route("GET", "\(tx)/metadata/comments", since: .v1_1, until: .v1_1) { api, call in try await api.annotations(call, kind: .comment) },
        Route("POST", "\(tx)/metadata/comments", since: .v1_1, until: .v1_1) { api, call in
            try await api.addAnnotation(call, kind: .comment)
        },
        Route("DELETE", "\(tx)/metadata/comments/:id", since: .v1_1, until: .v1_1) { api, call in
            try await api.deleteAnnotation(call, kind: .comment)
        },
        Route("GET", "\(tx)/metadata/tags", since: .v1_1, until: .v1_1) { api, call in try await api.annotations(call, kind: .tag) },
        Route("POST", "\(tx)/metadata/tags", since: .v1_1, until: .v1_1) { api, call in try await api.addAnnotation(call, kind: .tag) },
        Route("DELETE", "\(tx)/metadata/tags/:id", since: .v1_1, until: .v1_1) { api, call in
            try await api.deleteAnnotation(call, kind: .tag)
        },
        Route("GET", "\(tx)/metadata/images", since: .v1_1, until: .v1_1) { api, call in try await api.annotations(call, kind: .image) },
        Route("POST", "\(tx)/metadata/images", since: .v1_1, until: .v1_1) { api, call in
            try await api.addAnnotation(call, kind: .image)
        },
        Route("DELETE", "\(tx)/metadata/images/:id", since: .v1_1, until: .v1_1) { api, call in
            try await api.deleteAnnotation(call, kind: .image)
        },
        Route("GET", "\(tx)/metadata/where", since: .v1_1, until: .v1_1) { api, call in try await api.whereTag(call) },
        Route("POST", "\(tx)/metadata/where", since: .v1_1, until: .v1_1) { api, call in try await api.setWhere(call) },
        Route("PUT", "\(tx)/metadata/where", since: .v1_1, until: .v1_1) { api, call in try await api.setWhere(call) },
    ]
}
