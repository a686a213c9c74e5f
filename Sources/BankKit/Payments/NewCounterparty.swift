import Foundation

/// An explicit counterparty to make: a name, where it is (an IBAN, or a bank and an account in OBP's routing
/// schemes) and a currency. `problems` says what the server would refuse, so nothing is sent that must fail.
public struct NewCounterparty: Sendable, Hashable {
    public enum Destination: Sendable, Hashable {
        case iban(String)
        /// An account at an OBP bank: `OBP` routings the server checks exist.
        case obpAccount(bankID: BankID, accountID: AccountID)
    }

    public var name: String
    public var destination: Destination
    public var currency: String
    public var description: String
    public var isBeneficiary: Bool

    public init(name: String, destination: Destination, currency: String, description: String = "",
                isBeneficiary: Bool = true) {
        self.name = name
        self.destination = destination
        self.currency = currency
        self.description = description
        self.isBeneficiary = isBeneficiary
    }

    /// OBP's limit on `description` (MappedCounterparty.mDescription).
    public static let descriptionLimit = 36

    /// What is wrong, in words, empty when nothing is. From v4.0.0 the currency is required.
    public func problems(version: OBPAPIVersion = .default) -> [String] {
        var problems = [String]()
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("a counterparty needs a name") }
        switch destination {
        case .iban(let iban):
            if let problem = IBAN.problem(iban) { problems.append(problem) }
        case .obpAccount(let bank, let account):
            if bank.isEmpty || account.isEmpty { problems.append("an OBP account needs a bank id and an account id") }
        }
        if !currency.isEmpty || version >= .v4_0_0, case .failure(let problem) = PaymentValidation.currency(currency) {
            problems.append(problem.description)
        }
        if description.count > Self.descriptionLimit {
            problems.append("a description has at most \(Self.descriptionLimit) characters, this has \(description.count)")
        }
        return problems
    }

    /// The v2.2.0/v4.0.0 body.
    public var body: [String: Any] {
        var body: [String: Any] = [
            "name": name, "description": description, "currency": currency.uppercased(), "is_beneficiary": isBeneficiary,
            "other_branch_routing_scheme": "", "other_branch_routing_address": "",
            "other_account_secondary_routing_scheme": "", "other_account_secondary_routing_address": "",
            "bespoke": [[String: String]](),
        ]
        switch destination {
        case .iban(let iban):
            body["other_bank_routing_scheme"] = ""
            body["other_bank_routing_address"] = ""
            body["other_account_routing_scheme"] = "IBAN"
            body["other_account_routing_address"] = IBAN.normalized(iban)
        case .obpAccount(let bank, let account):
            body["other_bank_routing_scheme"] = "OBP"
            body["other_bank_routing_address"] = bank.rawValue
            body["other_account_routing_scheme"] = "OBP"
            body["other_account_routing_address"] = account.rawValue
        }
        return body
    }
}
