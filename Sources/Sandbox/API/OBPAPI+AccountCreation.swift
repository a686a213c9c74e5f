import BankKit
import Foundation
import GRDB

/// Making an account (`PUT /banks/B/accounts/A` in v2.2.0, v3.x and v5.x; `POST /banks/B/accounts` in v4.0.0,
/// which picks the id) and relabelling one. Bodies are read leniently across the versions' forms: `type` or
/// `product_code`, `account_routing` or `account_routings`, the balance amount as a string or a number.
extension OBPAPI {
    func createAccount(_ call: APICall) async throws -> APIResponse {
        let accountID = call.method == "POST" ? UUID().uuidString.lowercased() : call.param("account")
        let userID = try call.requireUser()
        let body = try call.jsonBody()
        let form = try AccountForm.parse(body, callerID: userID)
        let bankID = call.param("bank")
        let attributes = try await store.write { db -> [AccountAttributeRecord] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            if form.ownerID != userID {
                try Self.requireRole(db, [.canCreateAccount], bankID: bankID, userID: userID)
                guard try StoreReads.user(db, id: form.ownerID) != nil else { throw OBPError.userNotFoundByID }
            }
            guard try !AccountStore.exists(db, bankID: bankID, accountID: accountID) else { throw OBPError.accountIDExists }
            try AccountStore.create(db, AccountRecord(
                bankID: bankID, id: accountID, label: form.label, number: form.number, type: form.productCode,
                currency: form.currency, balance: MinorAmount.format(0, digits: CurrencyPrecision.digits(form.currency)),
                iban: form.iban), ownerID: form.ownerID)
            for (name, type, value) in try AccountStore.productAttributes(db, bankID: bankID, productCode: form.productCode) {
                try AccountStore.saveAttribute(db, AccountAttributeRecord(
                    id: UUID().uuidString.lowercased(), bankID: bankID, accountID: accountID,
                    productCode: form.productCode, name: name, type: type, value: value, productInstanceCode: ""))
            }
            return try AccountStore.attributes(db, bankID: bankID, accountID: accountID)
        }
        let balance = AccountRenderer.money(MinorAmount.format(0, digits: CurrencyPrecision.digits(form.currency)), form.currency)
        let routings = form.routings.map { JSON.obj(["scheme": .string($0.scheme), "address": .string($0.address)]) }
        if call.version < .v3_1_0 {
            return .created(.obj([
                "user_id": .string(form.ownerID), "label": .string(form.label), "type": .string(form.productCode),
                "balance": balance, "branch_id": .string(form.branchID),
                "account_routing": routings.first ?? .obj(["scheme": .string(""), "address": .string("")]),
            ]))
        }
        return .created(.obj([
            "account_id": .string(accountID), "user_id": .string(form.ownerID), "label": .string(form.label),
            "product_code": .string(form.productCode), "balance": balance, "branch_id": .string(form.branchID),
            "account_routings": .array(routings), "account_attributes": AccountAttributeRenderer.list(attributes),
        ]))
    }

    /// `POST /banks/B/accounts/A` with `{"label"}`: the owner renames the account.
    func updateAccountLabel(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let label = try call.stringField("label")
        let (bankID, accountID) = (call.param("bank"), call.param("account"))
        try await store.write { db in
            _ = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: ViewDefinition.owner.id, userID: userID)
            try AccountStore.setLabel(db, bankID: bankID, accountID: accountID, label: label)
        }
        return .ok(APIResponse.success)
    }
}

/// The fields of an account-creation body, checked with OBP's errors.
struct AccountForm: Sendable {
    let ownerID: String
    let label: String
    let productCode: String
    let currency: String
    let branchID: String
    let routings: [(scheme: String, address: String)]

    var number: String { routings.first { !["IBAN"].contains($0.scheme.uppercased()) }?.address ?? "" }
    var iban: String { routings.first { $0.scheme.uppercased() == "IBAN" }?.address ?? "" }

    static func parse(_ body: [String: Any], callerID: String) throws -> AccountForm {
        guard let balance = body["balance"] as? [String: Any] else { throw OBPError.invalidJSON }
        guard let currencyText = balance["currency"] as? String,
              case .success(let currency) = PaymentValidation.currency(currencyText) else {
            throw OBPError.invalidBalanceCurrency
        }
        let amountText: String? = switch balance["amount"] {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
        guard let amountText, let amount = Decimal(string: amountText, locale: Locale(identifier: "en_US_POSIX")),
              MinorAmount.fractionDigits(amountText) != nil else { throw OBPError.invalidInitialBalance }
        guard amount == 0 else { throw OBPError.initialBalanceMustBeZero }
        var routings = (body["account_routings"] as? [[String: Any]] ?? []).compactMap(routing)
        if let single = (body["account_routing"] as? [String: Any]).flatMap(routing) { routings.append(single) }
        let owner = (body["user_id"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? callerID
        return AccountForm(ownerID: owner, label: body["label"] as? String ?? "",
                           productCode: body["product_code"] as? String ?? body["type"] as? String ?? "",
                           currency: currency, branchID: body["branch_id"] as? String ?? "", routings: routings)
    }

    private static func routing(_ object: [String: Any]) -> (scheme: String, address: String)? {
        guard let scheme = object["scheme"] as? String, let address = object["address"] as? String, !address.isEmpty
        else { return nil }
        return (scheme, address)
    }
}
