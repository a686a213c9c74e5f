import Foundation

/// A payment to make: from an account through a view, to an account, a counterparty or an IBAN.
public struct PaymentOrder: Sendable, Hashable {
    public enum Destination: Sendable, Hashable {
        case account(AccountRef)
        case counterparty(id: CounterpartyID)
        case iban(String)
    }

    public var from: AccountRef
    public var view: ViewID
    public var to: Destination
    public var amount: Money
    public var description: String

    public init(from: AccountRef, view: ViewID = "owner", to: Destination, amount: Money, description: String) {
        self.from = from
        self.view = view
        self.to = to
        self.amount = amount
        self.description = description
    }

    /// The transaction request type that carries this destination. Accounts go by SANDBOX_TAN, which every
    /// version from v2.1.0 on serves (ACCOUNT needs v4.0.0).
    public var type: String {
        switch to {
        case .account: "SANDBOX_TAN"
        case .counterparty: "COUNTERPARTY"
        case .iban: "SEPA"
        }
    }

    /// The amount as OBP wants it: a decimal text with exactly the currency's digits.
    public var amountText: String {
        let digits = CurrencyPrecision.digits(amount.currency)
        var value = amount.amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, digits, .plain)
        let minor = NSDecimalNumber(decimal: rounded * pow(10, digits)).int64Value
        return MinorAmount.format(minor, digits: digits)
    }

    var body: [String: Any] {
        let to: [String: Any] = switch self.to {
        case .account(let ref): ["bank_id": ref.bankID.rawValue, "account_id": ref.accountID.rawValue]
        case .counterparty(let id): ["counterparty_id": id.rawValue]
        case .iban(let iban): ["iban": IBAN.normalized(iban)]
        }
        var body: [String: Any] = ["to": to, "value": ["currency": amount.currency, "amount": amountText],
                                   "description": description]
        if case .account = self.to {} else { body["charge_policy"] = "SHARED" }
        return body
    }

    /// Whether a request the server lists is this order (same type, amount, currency, description and receiver).
    func matches(_ request: TransactionRequest) -> Bool {
        guard request.type == type, request.from == from, request.amount?.currency == amount.currency,
              request.amount.map({ $0.amount == Decimal(string: amountText) }) == true,
              (request.description ?? "") == description else { return false }
        return request.to == nil || request.to == destinationText
    }

    /// The receiver in the words `TransactionRequest.to` uses.
    public var destinationText: String {
        switch to {
        case .account(let ref): ref.description
        case .counterparty(let id): id.rawValue
        case .iban(let iban): IBAN.normalized(iban)
        }
    }
}
