import BankKit
import Foundation
import GRDB

/// Counterparties a user creates on an account through a view (the receivers of COUNTERPARTY payments):
/// create, list, show and delete, each needing a view with `can_add_counterparty`.
extension OBPAPI {
    func createExplicitCounterparty(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let body = try call.jsonBody()
        let field = { (name: String) in body[name] as? String ?? "" }
        guard !field("name").isEmpty, !field("other_account_routing_address").isEmpty else {
            throw OBPError.invalidJSON("A counterparty needs name and other_account_routing_address.")
        }
        // v4.0.0 made currency part of the body, and requires it.
        if call.version >= .v4_0_0 || !field("currency").isEmpty {
            guard case .success(let code) = PaymentValidation.currency(field("currency")), code == field("currency") else {
                throw OBPError.invalidCurrencyCode
            }
        }
        let bespoke = (body["bespoke"] as? [Any]).flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let record = ExplicitCounterpartyRecord(
            id: UUID().uuidString.lowercased(), bankID: bankID, accountID: accountID, viewID: viewID, name: field("name"),
            description: field("description"), currency: field("currency"), createdByUserID: userID,
            otherBankRoutingScheme: field("other_bank_routing_scheme"), otherBankRoutingAddress: field("other_bank_routing_address"),
            otherBranchRoutingScheme: field("other_branch_routing_scheme"),
            otherBranchRoutingAddress: field("other_branch_routing_address"),
            otherAccountRoutingScheme: field("other_account_routing_scheme"),
            otherAccountRoutingAddress: field("other_account_routing_address"),
            otherAccountSecondaryRoutingScheme: field("other_account_secondary_routing_scheme"),
            otherAccountSecondaryRoutingAddress: field("other_account_secondary_routing_address"),
            isBeneficiary: body["is_beneficiary"] as? Bool ?? false,
            bespoke: bespoke.map { String(decoding: $0, as: UTF8.self) } ?? "[]")
        let users = self.users
        let metadata = try await onCounterparties(call, writing: true) { db in
            guard try !ExplicitCounterpartyStore.exists(db, bankID: bankID, accountID: accountID, viewID: viewID,
                                                        name: record.name) else { throw OBPError.counterpartyExists }
            try Self.checkRoutings(db, record)
            try ExplicitCounterpartyStore.insert(db, record)
            return try CounterpartyMetadataStore.book(db, account: try Self.account(db, record))
                .metadata(for: OtherAccountStore.otherAccount(record))
        }
        return .created(ExplicitCounterpartyRenderer.counterparty(record, metadata: metadata, users: users))
    }

    /// OBP's rules (APIMethods220/400 createCounterparty): a description of at most 36 characters; routings of
    /// scheme `OBP` name a bank and an account that exist. And, the sandbox's own, an IBAN passes its checksum.
    private static func checkRoutings(_ db: Database, _ c: ExplicitCounterpartyRecord) throws {
        guard c.description.count <= 36 else { throw OBPError.valueTooLong("description", max: 36) }
        if c.otherBankRoutingScheme == "OBP" {
            let accountID = c.otherAccountRoutingScheme == "OBP" ? c.otherAccountRoutingAddress
                : c.otherAccountSecondaryRoutingScheme == "OBP" ? c.otherAccountSecondaryRoutingAddress : nil
            if let accountID {
                _ = try ViewAccess.resolveAccount(db, bankID: c.otherBankRoutingAddress, accountID: accountID)
            }
        }
        for (scheme, address) in [(c.otherAccountRoutingScheme, c.otherAccountRoutingAddress),
                                  (c.otherAccountSecondaryRoutingScheme, c.otherAccountSecondaryRoutingAddress)]
        where scheme.uppercased() == "IBAN" {
            guard IBAN.hasValidCheckDigits(address) else { throw OBPError.invalidIBAN }
        }
    }

    private static func account(_ db: Database, _ c: ExplicitCounterpartyRecord) throws -> AccountRecord {
        try ViewAccess.resolveAccount(db, bankID: c.bankID, accountID: c.accountID).1
    }

    func explicitCounterparties(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let records = try await onCounterparties(call, writing: false) { db in
            try ExplicitCounterpartyStore.list(db, bankID: bankID, accountID: accountID, viewID: viewID)
        }
        return .ok(.obj(["counterparties": .array(records.map { ExplicitCounterpartyRenderer.counterparty($0) })]))
    }

    func explicitCounterparty(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, id) = (call.param("bank"), call.param("account"), call.param("counterparty"))
        let (record, metadata) = try await onCounterparties(call, writing: false) { db in
            guard let record = try ExplicitCounterpartyStore.counterparty(db, bankID: bankID, accountID: accountID, id: id)
            else { throw OBPError.counterpartyNotFound }
            return (record, try CounterpartyMetadataStore.book(db, account: try Self.account(db, record))
                .metadata(for: OtherAccountStore.otherAccount(record)))
        }
        return .ok(ExplicitCounterpartyRenderer.counterparty(record, metadata: metadata, users: users))
    }

    func deleteExplicitCounterparty(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, id) = (call.param("bank"), call.param("account"), call.param("view"),
                                               call.param("counterparty"))
        try await onCounterparties(call, writing: true) { db in
            guard try ExplicitCounterpartyStore.delete(db, bankID: bankID, accountID: accountID, viewID: viewID, id: id)
            else { throw OBPError.counterpartyNotFound }
            try CounterpartyMetadataStore.delete(db, bankID: bankID, accountID: accountID, counterpartyID: id)
        }
        return .noContent
    }

    private func onCounterparties<T: Sendable>(_ call: APICall, writing: Bool,
                                               _ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        let userID = try call.requireUser()
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let work: @Sendable (Database) throws -> T = { db in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            try access.require(.canAddCounterparty)
            return try body(db)
        }
        return writing ? try await store.write(work) : try await store.read(work)
    }
}
