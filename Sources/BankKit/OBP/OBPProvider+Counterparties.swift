import Foundation

/// Counterparties: their metadata through a view (v1.2.1's other-account endpoints, which every later version
/// serves) and the explicit counterparties made on an account (v2.2.0, currency from v4.0.0).
extension OBPProvider {
    /// `GET .../V/transactions/T/other_account`: the transaction's counterparty with its metadata.
    public func otherAccount(ofTransaction tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Counterparty {
        try OBPWire.otherAccount(await call(.get, transactionPath(account, view, tx) + "/other_account"))
    }

    public func counterpartyMetadata(of id: CounterpartyID, in account: AccountRef, view: ViewID) async throws -> CounterpartyMetadata {
        try OBPWire.counterpartyMetadata(await call(.get, otherAccountPath(account, view, id) + "/metadata"))
    }

    /// The public or private alias alone (`GET .../public_alias`).
    public func counterpartyAlias(_ field: CounterpartyMetadataField, of id: CounterpartyID, in account: AccountRef,
                                  view: ViewID) async throws -> String {
        guard field == .publicAlias || field == .privateAlias else {
            throw BankError(kind: .invalidInput, message: "only the aliases have an endpoint of their own, not the \(field.label)")
        }
        return try OBPWire.alias(await call(.get, otherAccountPath(account, view, id) + "/" + field.path))
    }

    /// Sets one field: PUT, or POST where a server wants the first value created (404 on PUT).
    public func setCounterpartyMetadata(_ field: CounterpartyMetadataField, to value: CounterpartyMetadataField.Value,
                                        of id: CounterpartyID, in account: AccountRef, view: ViewID) async throws {
        try await putOrPost(otherAccountPath(account, view, id) + "/" + field.path, body: Self.json(field.body(value)))
    }

    public func deleteCounterpartyMetadata(_ field: CounterpartyMetadataField, of id: CounterpartyID, in account: AccountRef,
                                           view: ViewID) async throws {
        _ = try await call(.delete, otherAccountPath(account, view, id) + "/" + field.path)
    }

    public func explicitCounterparties(_ account: AccountRef, view: ViewID) async throws -> [ExplicitCounterparty] {
        try OBPWire.explicitCounterparties(await call(.get, viewPath(account, view) + "/counterparties"))
    }

    public func explicitCounterparty(_ id: CounterpartyID, of account: AccountRef, view: ViewID) async throws -> ExplicitCounterparty {
        try OBPWire.explicitCounterparty(await call(.get, viewPath(account, view) + "/counterparties/\(Self.encode(id))"))
    }

    /// Checked here first (`NewCounterparty.problems`), so a request that must fail is never sent. Never retried.
    public func createCounterparty(_ counterparty: NewCounterparty, on account: AccountRef,
                                   view: ViewID) async throws -> ExplicitCounterparty {
        let problems = counterparty.problems(version: configuration.apiVersion)
        guard problems.isEmpty else { throw BankError(kind: .invalidInput, message: problems.joined(separator: "; ")) }
        return try OBPWire.explicitCounterparty(await call(.post, viewPath(account, view) + "/counterparties",
                                                           body: Self.json(counterparty.body)))
    }

    /// DELETE exists from v4.0.0; older configured versions ask v4.0.0 for it.
    public func deleteCounterparty(_ id: CounterpartyID, of account: AccountRef, view: ViewID) async throws {
        _ = try await call(.delete, viewPath(account, view) + "/counterparties/\(Self.encode(id))",
                           version: max(configuration.apiVersion, .v4_0_0))
    }

    nonisolated func otherAccountPath(_ account: AccountRef, _ view: ViewID, _ id: CounterpartyID) -> String {
        viewPath(account, view) + "/other_accounts/\(Self.encode(id))"
    }
}
