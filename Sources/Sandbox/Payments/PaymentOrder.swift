import BankKit
import Foundation

/// A transaction request body, read and checked as OBP reads it: `value {currency, amount}` (amount as a string
/// or, as OBP-CLI sends it, a number), `description`, `charge_policy`, and the `to` each type has.
struct PaymentOrder: Sendable {
    enum Target: Sendable {
        case account(bankID: String, accountID: String)
        case counterparty(id: String)
        case iban(String)
        case routed(name: String, bank: String, scheme: String, address: String, secondaryScheme: String,
                    secondaryAddress: String)
        /// FREE_FORM pays the sending account itself.
        case sender
    }

    let type: TransactionRequestType
    let currency: String
    /// In minor units of `currency`.
    let amount: Int64
    let description: String
    let chargePolicy: String
    let target: Target
    /// The body as posted (serialised), shown back as the request's `details`.
    let details: Data

    static func parse(_ body: [String: Any], type: TransactionRequestType) throws -> PaymentOrder {
        guard let value = body["value"] as? [String: Any], let currencyText = value["currency"] as? String else {
            throw OBPError.invalidJSON
        }
        let amountText: String
        switch value["amount"] {
        case let text as String: amountText = text
        case let number as NSNumber: amountText = number.stringValue
        default: throw OBPError.invalidNumber
        }
        guard case .success(let currency) = PaymentValidation.currency(currencyText), currencyText == currency else {
            throw OBPError.invalidCurrencyCode
        }
        let amount: Int64
        switch PaymentValidation.amount(amountText, currency: currency) {
        case .success(let minor): amount = minor
        case .failure(.notPositive): throw OBPError.notPositiveAmount
        case .failure(.overLimit): throw OBPError.overPaymentLimit(currency)
        case .failure(let problem): throw OBPError.invalidAmount(problem.description)
        }
        let chargePolicy = body["charge_policy"] as? String ?? "SHARED"
        guard ["SHARED", "SENDER", "RECEIVER"].contains(chargePolicy) else { throw OBPError.invalidChargePolicy }
        return PaymentOrder(type: type, currency: currency, amount: amount,
                            description: body["description"] as? String ?? "", chargePolicy: chargePolicy,
                            target: try target(body["to"] as? [String: Any], type: type),
                            details: (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8))
    }

    private static func target(_ to: [String: Any]?, type: TransactionRequestType) throws -> Target {
        let field = { (name: String) in to?[name] as? String ?? "" }
        switch type {
        case .sandboxTan, .account, .accountOTP:
            guard !field("bank_id").isEmpty, !field("account_id").isEmpty else {
                throw OBPError.invalidJSON("The `to` object needs bank_id and account_id.")
            }
            return .account(bankID: field("bank_id"), accountID: field("account_id"))
        case .counterparty:
            guard !field("counterparty_id").isEmpty else { throw OBPError.invalidJSON("The `to` object needs counterparty_id.") }
            return .counterparty(id: field("counterparty_id"))
        case .sepa:
            // OBP checks an IBAN's form here, not its check digits; clients check those before sending.
            guard IBAN.formProblem(field("iban")) == nil else {
                throw OBPError.invalidJSON("The `to` object needs a valid iban.")
            }
            return .iban(IBAN.normalized(field("iban")))
        case .freeForm:
            return .sender
        case .simple:
            guard !field("other_account_routing_address").isEmpty else {
                throw OBPError.invalidJSON("The `to` object needs other_account_routing_address.")
            }
            return .routed(name: field("name"), bank: field("other_bank_routing_address"),
                           scheme: field("other_account_routing_scheme"), address: field("other_account_routing_address"),
                           secondaryScheme: field("other_account_secondary_routing_scheme"),
                           secondaryAddress: field("other_account_secondary_routing_address"))
        }
    }
}
