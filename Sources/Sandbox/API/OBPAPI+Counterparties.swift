import GRDB

/// Counterparties ("other accounts") of an account, as a view sees them: the implicit ones of its transactions and
/// the explicit ones made on it.
extension OBPAPI {
    func otherAccounts(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, userID) = (call.param("bank"), call.param("account"), call.param("view"), call.userID)
        let (users, version) = (self.users, call.version)
        let json = try await store.read { db -> JSON in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            let renderer = TransactionRenderer(access: access, holders: [], users: users,
                                               counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
            let counterparties = try OtherAccountStore.all(db, bankID: bankID, accountID: accountID)
            return .obj(["other_accounts": .array(counterparties.map { Self.otherAccount($0, renderer, version: version) })])
        }
        return .ok(json)
    }

    func otherAccount(_ call: APICall) async throws -> APIResponse {
        let (users, version) = (self.users, call.version)
        return .ok(try await onOtherAccount(call, writing: false) { _, access, counterparty, book in
            Self.otherAccount(counterparty, TransactionRenderer(access: access, holders: [], users: users, counterparties: book),
                              version: version)
        })
    }

    /// v1.2.1's shape up to v2.2.0; v3.0.0 brought routings (`getOtherAccountsForBankAccount` in APIMethods300).
    private static func otherAccount(_ c: CounterpartyRecord, _ renderer: TransactionRenderer, version: APIVersion) -> JSON {
        version >= .v3_0_0 ? renderer.otherAccount(c, withMetadata: true) : renderer.otherAccountV121(c)
    }

    /// Resolves the view and the other account (implicit or explicit), then runs `body` in a read, or for a
    /// logged-in caller in a write transaction, with the account's counterparty metadata.
    func onOtherAccount<T: Sendable>(
        _ call: APICall, writing: Bool,
        _ body: @escaping @Sendable (Database, ViewAccess, CounterpartyRecord, CounterpartyMetadataBook) throws -> T
    ) async throws -> T {
        if writing { _ = try call.requireUser() }
        let (bankID, accountID, viewID, otherID, userID) = (call.param("bank"), call.param("account"), call.param("view"),
                                                            call.param("other"), call.userID)
        let work: @Sendable (Database) throws -> T = { db in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard let counterparty = try OtherAccountStore.find(db, bankID: bankID, accountID: accountID, id: otherID) else {
                throw OBPError.counterpartyNotFound
            }
            return try body(db, access, counterparty, try CounterpartyMetadataStore.book(db, account: access.account))
        }
        return writing ? try await store.write(work) : try await store.read(work)
    }
}
