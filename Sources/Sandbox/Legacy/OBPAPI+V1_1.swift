import Foundation

/// OBP API v1.1 (`/obp/v1.1`): the v1.2.1 handlers' answers in v1.1's shapes (`V1_1Shape`). Metadata routes
/// answer as in v1.2.1, which kept v1.1's metadata shapes.
extension OBPAPI {
    func banksV1_1(_ call: APICall) async throws -> APIResponse {
        let banks = try await banks(call).body?["banks"]?.items ?? []
        return .ok(V1_1Shape.list("banks", item: "bank", banks.map(V1_1Shape.bank)))
    }

    func bankV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.wrap("bank", V1_1Shape.bank(bank(call).body ?? .null)))
    }

    func officesV1_1(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        let bodies = try await store.read { db -> [String] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            return try StoreReads.branchBodies(db, bankID: bankID)
        }
        let offices = bodies.compactMap { try? JSONDecoder().decode(JSON.self, from: Data($0.utf8)) }
        return .ok(V1_1Shape.list("offices", item: "office", offices.map(V1_1Shape.office)))
    }

    /// The caller's accounts at the bank when logged in, the public ones otherwise, each with the views it may use.
    func accountsV1_1(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        let answer = call.userID == nil ? try await publicAccounts(call) : try await accountsAtBank(call)
        let accounts = answer.body?["accounts"]?.items ?? []
        return .ok(V1_1Shape.list("accounts", item: "account", accounts.map { V1_1Shape.accountEntry($0, bankID: bankID) }))
    }

    func accountV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.wrap("account", V1_1Shape.account(account(call).body ?? .null)))
    }

    func transactionsV1_1(_ call: APICall) async throws -> APIResponse {
        // The page comes written as bytes (`TransactionRenderer.page`): read back as values to reshape.
        let transactions = try await transactions(call).body?.parsed["transactions"]?.items ?? []
        return .ok(V1_1Shape.list("transactions", item: "transaction", transactions.map(V1_1Shape.transaction)))
    }

    func transactionV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.wrap("transaction", V1_1Shape.transaction(transaction(call).body ?? .null)))
    }

    func otherAccountsV1_1(_ call: APICall) async throws -> APIResponse {
        let others = try await otherAccounts(call).body?["other_accounts"]?.items ?? []
        return .ok(V1_1Shape.list("other_accounts", item: "other_account",
                                  others.map { V1_1Shape.moderated(V1_1Shape.otherAccount($0.parsed)) }))
    }

    func otherAccountV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.wrap("other_account", V1_1Shape.moderated(V1_1Shape.otherAccount(otherAccount(call).body?.parsed ?? .null))))
    }

    func otherAccountMetadataV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.moderated(otherAccount(call).body?.parsed["metadata"] ?? .null))
    }

    func transactionOtherAccountV1_1(_ call: APICall) async throws -> APIResponse {
        try await .ok(V1_1Shape.wrap("other_account",
                                     V1_1Shape.moderated(V1_1Shape.otherAccount(transactionOtherAccount(call).body?.parsed ?? .null))))
    }
}
