import BankKit

/// A receiver the payment form offers in its picker: one of the user's accounts, or a counterparty of the paying
/// account that has an IBAN. Picking one fills the form's To field with the words it would be typed in.
public struct PaymentChoice: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case ownAccount
        case counterparty

        public var name: String {
            switch self {
            case .ownAccount: "my account"
            case .counterparty: "counterparty"
            }
        }
    }

    public var name: String
    public var kind: Kind
    /// The To field's text: `BANK/ACCOUNT` for an account, the IBAN for a counterparty.
    public var destination: String

    public init(name: String, kind: Kind, destination: String) {
        self.name = name
        self.kind = kind
        self.destination = destination
    }

    /// The user's accounts but the paying one, then the counterparties with an IBAN, each receiver once.
    static func list(payer: AccountRef, accounts: [Account], counterparties: [Counterparty]) -> [PaymentChoice] {
        let own = accounts.filter { $0.ref != payer }.map {
            PaymentChoice(name: $0.label ?? $0.ref.accountID.rawValue, kind: .ownAccount, destination: $0.ref.description)
        }
        let others = counterparties.compactMap { counterparty -> PaymentChoice? in
            guard let iban = counterparty.iban, PaymentValidation.iban(iban).problem == nil else { return nil }
            return PaymentChoice(name: counterparty.holderName ?? counterparty.id?.rawValue ?? iban, kind: .counterparty,
                                 destination: IBAN.normalized(iban))
        }
        var seen = Set<String>()
        return (own + others).filter { seen.insert($0.destination).inserted }
    }

    /// Whether the picker's filter keeps it: the words anywhere in its name or receiver, in any case.
    func matches(_ filter: String) -> Bool {
        let words = filter.lowercased().split(whereSeparator: \.isWhitespace)
        let text = (name + " " + destination).lowercased()
        return words.allSatisfy { text.contains($0) }
    }
}
