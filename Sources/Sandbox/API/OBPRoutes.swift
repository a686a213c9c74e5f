/// Every endpoint the sandbox serves under `/obp/vX.Y.Z`, in matching order.
enum OBPRoutes {
    static let transactionPath = "banks/:bank/accounts/:account/:view/transactions/:transaction"
    static let accountViewPath = "banks/:bank/accounts/:account/:view"
    static let requestsPath = "\(accountViewPath)/transaction-request-types/:type/transaction-requests"
    static let permissionsPath = "banks/:bank/accounts/:account/permissions/:provider/:providerID"
    static let otherAccountPath = "banks/:bank/accounts/:account/:view/other_accounts/:other"

    static let all: [Route] = [
        Route("GET", "root", since: .v1_2_1) { api, call in try await api.root(call) },
        Route("GET", "users/current", since: .v2_0_0) { api, call in try await api.currentUser(call) },
        Route("GET", "my/entitlements") { api, call in try await api.myEntitlements(call) },
        Route("POST", "users/:user/entitlements", since: .v2_0_0) { api, call in try await api.addEntitlement(call) },
        Route("GET", "users/:user/entitlements", since: .v2_0_0) { api, call in try await api.userEntitlements(call) },
        Route("GET", "banks/:bank/users/:user/entitlements", since: .v2_1_0) { api, call in try await api.userEntitlementsAtBank(call) },
        Route("GET", "entitlements", since: .v2_0_0) { api, call in try await api.allEntitlements(call) },
        Route("GET", "banks/:bank/entitlements", since: .v4_0_0) { api, call in try await api.bankEntitlements(call) },
        Route("POST", "users", since: .v2_0_0) { api, call in try await api.createUser(call) },
        Route("GET", "users/current/customers", since: .v2_0_0) { api, call in try await api.myCustomers(call, atBank: false) },
        Route("GET", "my/customers", since: .v5_0_0) { api, call in try await api.myCustomers(call, atBank: false) },
        Route("GET", "banks/:bank/my/customers", since: .v5_0_0) { api, call in try await api.myCustomers(call, atBank: true) },
        Route("POST", "banks/:bank/customers", since: .v3_1_0) { api, call in try await api.createCustomer(call) },
        Route("GET", "banks/:bank/customers", since: .v2_1_0) { api, call in try await api.customersAtBank(call) },
        Route("GET", "banks/:bank/customers/:customer", since: .v3_1_0) { api, call in try await api.customer(call) },
        Route("POST", "banks/:bank/user_customer_links", since: .v2_0_0) { api, call in try await api.linkUserToCustomer(call) },
        Route("GET", "banks/:bank/user_customer_links/users/:user", since: .v4_0_0) { api, call in try await api.userCustomerLinks(call) },
        Route("POST", "banks/:bank/customers/:customer/social_media_handles", since: .v2_0_0) { api, call in
            try await api.addSocialMediaHandle(call)
        },
        Route("GET", "banks/:bank/customers/:customer/social_media_handles", since: .v2_0_0) { api, call in
            try await api.socialMediaHandles(call)
        },
        Route("GET", "resource-docs/:docversion/obp", since: .v1_4_0) { api, call in try await api.resourceDocs(call) },
        Route("POST", "management/banks/:bank/dynamic-entities", since: .v4_0_0) { api, call in try await api.createDynamicEntity(call, bankLevel: true) },
        Route("GET", "management/banks/:bank/dynamic-entities", since: .v4_0_0) { api, call in try await api.dynamicEntities(call, bankLevel: true) },
        Route("PUT", "management/banks/:bank/dynamic-entities/:entity", since: .v4_0_0) { api, call in try await api.updateDynamicEntity(call, bankLevel: true) },
        Route("DELETE", "management/banks/:bank/dynamic-entities/:entity", since: .v4_0_0) { api, call in try await api.deleteDynamicEntity(call, bankLevel: true) },
        Route("POST", "management/system-dynamic-entities", since: .v4_0_0) { api, call in try await api.createDynamicEntity(call, bankLevel: false) },
        Route("GET", "management/system-dynamic-entities", since: .v4_0_0) { api, call in try await api.dynamicEntities(call, bankLevel: false) },
        Route("PUT", "management/system-dynamic-entities/:entity", since: .v4_0_0) { api, call in try await api.updateDynamicEntity(call, bankLevel: false) },
        Route("DELETE", "management/system-dynamic-entities/:entity", since: .v4_0_0) { api, call in try await api.deleteDynamicEntity(call, bankLevel: false) },
        Route("GET", "my/dynamic-entities", since: .v4_0_0) { api, call in try await api.myDynamicEntities(call) },
        Route("GET", "banks", since: .v1_2_1) { api, call in try await api.banks(call) },
        Route("GET", "banks/:bank", since: .v1_2_1) { api, call in try await api.bank(call) },
        Route("GET", "banks/:bank/branches", since: .v1_4_0) { api, call in try await api.branches(call) },
        Route("GET", "banks/:bank/branches/:branch", since: .v2_1_0) { api, call in try await api.branch(call) },
        Route("GET", "accounts/public", since: .v1_2_1) { api, call in try await api.publicAccountsAllBanks(call) },
        Route("GET", "banks/:bank/accounts-held", since: .v3_0_0) { api, call in try await api.accountsHeld(call) },
        Route("GET", "banks/:bank/accounts/account_ids/private", since: .v3_0_0) { api, call in try await api.privateAccountIDs(call) },
        Route("GET", "banks/:bank/public/accounts/:account/:view/account", since: .v3_0_0) { api, call in try await api.publicAccount(call) },
        Route("GET", "my/banks/:bank/accounts/:account/account", since: .v2_0_0) { api, call in try await api.coreAccount(call) },
        Route("GET", "banks/:bank/accounts/:account/balances", since: .v4_0_0) { api, call in try await api.accountBalances(call) },
        Route("GET", "banks/:bank/accounts/:account/views/:view", since: .v5_1_0) { api, call in try await api.coreAccountThroughView(call) },
        Route("GET", "\(transactionPath)/other_account", since: .v1_2_1) { api, call in try await api.transactionOtherAccount(call) },
        Route("GET", "banks/:bank/accounts/public", since: .v1_2_1) { api, call in try await api.publicAccounts(call) },
        Route("GET", "banks/:bank/accounts/private", since: .v1_2_1) { api, call in
            try await api.privateAccounts(call, bankID: call.param("bank"))
        },
        Route("GET", "banks/:bank/accounts", since: .v1_2_1) { api, call in try await api.accountsAtBank(call) },
        Route("GET", "banks/:bank/balances", since: .v3_1_0) { api, call in try await api.balances(call) },
        Route("GET", "my/accounts", since: .v2_0_0) { api, call in try await api.privateAccounts(call, bankID: nil) },
        Route("GET", "banks/:bank/accounts/:account/views", since: .v1_2_1) { api, call in try await api.views(call) },
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
        Route("GET", "banks/:bank/accounts/:account/:view/account", since: .v1_2_1) { api, call in try await api.account(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/transactions", since: .v1_2_1) { api, call in try await api.transactions(call) },
        Route("GET", "\(transactionPath)/transaction", since: .v1_2_1) { api, call in try await api.transaction(call) },
        Route("GET", "my/banks/:bank/accounts/:account/transactions", since: .v2_0_0) { api, call in try await api.coreTransactions(call) },

        Route("GET", "\(transactionPath)/metadata/narrative", since: .v1_2_1) { api, call in try await api.narrative(call) },
        Route("POST", "\(transactionPath)/metadata/narrative", since: .v1_2_1) { api, call in try await api.setNarrative(call) },
        Route("PUT", "\(transactionPath)/metadata/narrative", since: .v1_2_1) { api, call in try await api.setNarrative(call) },
        Route("DELETE", "\(transactionPath)/metadata/narrative", since: .v1_2_1) { api, call in try await api.deleteNarrative(call) },
        Route("GET", "\(transactionPath)/metadata/comments", since: .v1_2_1) { api, call in try await api.annotations(call, kind: .comment) },
        Route("POST", "\(transactionPath)/metadata/comments", since: .v1_2_1) { api, call in try await api.addAnnotation(call, kind: .comment) },
        Route("DELETE", "\(transactionPath)/metadata/comments/:id", since: .v1_2_1) { api, call in
            try await api.deleteAnnotation(call, kind: .comment)
        },
        Route("GET", "\(transactionPath)/metadata/tags", since: .v1_2_1) { api, call in try await api.annotations(call, kind: .tag) },
        Route("POST", "\(transactionPath)/metadata/tags", since: .v1_2_1) { api, call in try await api.addAnnotation(call, kind: .tag) },
        Route("DELETE", "\(transactionPath)/metadata/tags/:id", since: .v1_2_1) { api, call in try await api.deleteAnnotation(call, kind: .tag) },
        Route("GET", "\(transactionPath)/metadata/images", since: .v1_2_1) { api, call in try await api.annotations(call, kind: .image) },
        Route("POST", "\(transactionPath)/metadata/images", since: .v1_2_1) { api, call in try await api.addAnnotation(call, kind: .image) },
        Route("DELETE", "\(transactionPath)/metadata/images/:id", since: .v1_2_1) { api, call in
            try await api.deleteAnnotation(call, kind: .image)
        },
        Route("GET", "\(transactionPath)/metadata/where", since: .v1_2_1) { api, call in try await api.whereTag(call) },
        Route("POST", "\(transactionPath)/metadata/where", since: .v1_2_1) { api, call in try await api.setWhere(call) },
        Route("PUT", "\(transactionPath)/metadata/where", since: .v1_2_1) { api, call in try await api.setWhere(call) },
        Route("DELETE", "\(transactionPath)/metadata/where", since: .v1_2_1) { api, call in try await api.deleteWhere(call) },

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

        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts", since: .v1_2_1) { api, call in try await api.otherAccounts(call) },
        Route("GET", "banks/:bank/accounts/:account/:view/other_accounts/:other", since: .v1_2_1) { api, call in
            try await api.otherAccount(call)
        },
        Route("GET", "\(otherAccountPath)/metadata", since: .v1_2_1) { api, call in try await api.counterpartyMetadata(call) },
        Route("GET", "\(otherAccountPath)/public_alias", since: .v1_2_1) { api, call in try await api.counterpartyAlias(call, field: .publicAlias) },
        Route("POST", "\(otherAccountPath)/public_alias", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .publicAlias) },
        Route("PUT", "\(otherAccountPath)/public_alias", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .publicAlias) },
        Route("DELETE", "\(otherAccountPath)/public_alias", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .publicAlias) },
        Route("GET", "\(otherAccountPath)/private_alias", since: .v1_2_1) { api, call in try await api.counterpartyAlias(call, field: .privateAlias) },
        Route("POST", "\(otherAccountPath)/private_alias", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .privateAlias) },
        Route("PUT", "\(otherAccountPath)/private_alias", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .privateAlias) },
        Route("DELETE", "\(otherAccountPath)/private_alias", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .privateAlias) },
        Route("POST", "\(otherAccountPath)/metadata/more_info", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .moreInfo) },
        Route("PUT", "\(otherAccountPath)/metadata/more_info", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .moreInfo) },
        Route("DELETE", "\(otherAccountPath)/metadata/more_info", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .moreInfo) },
        Route("POST", "\(otherAccountPath)/metadata/url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .url) },
        Route("PUT", "\(otherAccountPath)/metadata/url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .url) },
        Route("DELETE", "\(otherAccountPath)/metadata/url", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .url) },
        Route("POST", "\(otherAccountPath)/metadata/image_url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .imageURL) },
        Route("PUT", "\(otherAccountPath)/metadata/image_url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .imageURL) },
        Route("DELETE", "\(otherAccountPath)/metadata/image_url", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .imageURL) },
        Route("POST", "\(otherAccountPath)/metadata/open_corporates_url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .openCorporatesURL) },
        Route("PUT", "\(otherAccountPath)/metadata/open_corporates_url", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .openCorporatesURL) },
        Route("DELETE", "\(otherAccountPath)/metadata/open_corporates_url", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .openCorporatesURL) },
        Route("POST", "\(otherAccountPath)/metadata/corporate_location", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .corporateLocation) },
        Route("PUT", "\(otherAccountPath)/metadata/corporate_location", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .corporateLocation) },
        Route("DELETE", "\(otherAccountPath)/metadata/corporate_location", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .corporateLocation) },
        Route("POST", "\(otherAccountPath)/metadata/physical_location", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .physicalLocation) },
        Route("PUT", "\(otherAccountPath)/metadata/physical_location", since: .v1_2_1) { api, call in try await api.setCounterpartyMetadata(call, field: .physicalLocation) },
        Route("DELETE", "\(otherAccountPath)/metadata/physical_location", since: .v1_2_1) { api, call in try await api.deleteCounterpartyMetadata(call, field: .physicalLocation) },
    ] + OBPRoutesV1_1.all

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
