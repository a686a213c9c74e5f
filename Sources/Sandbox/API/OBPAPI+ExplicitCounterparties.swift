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
        if !field("currency").isEmpty {
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
        try await onCounterparties(call, writing: true) { db in
            guard try !ExplicitCounterpartyStore.exists(db, bankID: bankID, accountID: accountID, viewID: viewID,
                                                        name: record.name) else { throw OBPError.counterpartyExists }
            try ExplicitCounterpartyStore.insert(db, record)
        }
        return .created(ExplicitCounterpartyRenderer.counterparty(record, withMetadata: true))
    }

    func explicitCounterparties(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let records = try await onCounterparties(call, writing: false) { db in
            try ExplicitCounterpartyStore.list(db, bankID: bankID, accountID: accountID, viewID: viewID)
        }
        return .ok(.obj(["counterparties": .array(records.map {
            ExplicitCounterpartyRenderer.counterparty($0, withMetadata: false)
        })]))
    }

    func explicitCounterparty(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, id) = (call.param("bank"), call.param("account"), call.param("counterparty"))
        let record = try await onCounterparties(call, writing: false) { db in
            guard let record = try ExplicitCounterpartyStore.counterparty(db, bankID: bankID, accountID: accountID, id: id)
            else { throw OBPError.counterpartyNotFound }
            return record
        }
        return .ok(ExplicitCounterpartyRenderer.counterparty(record, withMetadata: true))
    }

    func deleteExplicitCounterparty(_ call: APICall) async throws -> APIResponse {
        let (bankID, accountID, viewID, id) = (call.param("bank"), call.param("account"), call.param("view"),
                                               call.param("counterparty"))
        try await onCounterparties(call, writing: true) { db in
            guard try ExplicitCounterpartyStore.delete(db, bankID: bankID, accountID: accountID, viewID: viewID, id: id)
            else { throw OBPError.counterpartyNotFound }
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
