import BankKit

/// `a` on the counterparties screen: a name, then an IBAN or `BANK_ID/ACCOUNT_ID`, then a currency, one prompt
/// each, every one checked as it is typed so nothing that must fail is sent.
public struct NewPayeeForm: Sendable, Hashable {
    public enum Step: String, Sendable, CaseIterable {
        case name = "add.name"
        case destination = "add.destination"
        case currency = "add.currency"

        var title: String {
            switch self {
            case .name: "New counterparty: name"
            case .destination: "IBAN, or BANK_ID/ACCOUNT_ID at this server"
            case .currency: "Currency"
            }
        }
    }

    public internal(set) var name = ""
    public internal(set) var destination = ""
    public internal(set) var currency = ""
    public internal(set) var isSending = false

    public init() {}

    static func destination(_ text: String) -> NewCounterparty.Destination {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 ? .obpAccount(bankID: BankID(String(parts[0])), accountID: AccountID(String(parts[1]))) : .iban(text)
    }

    var counterparty: NewCounterparty {
        NewCounterparty(name: name, destination: Self.destination(destination), currency: currency)
    }

    /// What is wrong with `text` for `step`, in words; nil when it will do.
    static func problem(_ step: Step, _ text: String, existing names: [String]) -> String? {
        switch step {
        case .name:
            let name = text.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { return "type a name" }
            return names.contains(name) ? "a counterparty named \(name) exists: names are unique" : nil
        case .destination:
            return NewCounterparty(name: "x", destination: destination(text), currency: "EUR").problems().first
        case .currency:
            if case .failure(let problem) = PaymentValidation.currency(text) { return problem.description }
            return nil
        }
    }

    mutating func take(_ step: Step, _ text: String) {
        switch step {
        case .name: name = text.trimmingCharacters(in: .whitespaces)
        case .destination: destination = text.trimmingCharacters(in: .whitespaces)
        case .currency: currency = text.trimmingCharacters(in: .whitespaces).uppercased()
        }
    }
}
