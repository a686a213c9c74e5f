import BankKit

/// A receiver the payment form offers in its picker: one of the user's accounts, an explicit counterparty (a payee
/// made on the paying account, paid by a COUNTERPARTY request), or another account the paying account has dealt
/// with that has an IBAN (paid by SEPA). Picking one fills the form's To field.
public struct PaymentChoice: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case ownAccount
        case counterparty
        case otherAccount

        public var name: String {
            switch self {
            case .ownAccount: "my account"
            case .counterparty: "counterparty"
            case .otherAccount: "IBAN"
            }
        }
    }

    public var name: String
    public var kind: Kind
    /// The To field's text: `BANK/ACCOUNT` for an account, the IBAN for another account, the name and routing
    /// for a counterparty.
    public var destination: String
    /// The explicit counterparty a COUNTERPARTY request pays; nil for the other kinds.
    public var payee: ExplicitCounterparty?

    public init(name: String, kind: Kind, destination: String) {
        self.name = name
        self.kind = kind
        self.destination = destination
    }

    public init(payee: ExplicitCounterparty) {
        self.init(name: payee.name, kind: .counterparty, destination: payee.toText)
        self.payee = payee
    }

    /// The user's accounts but the paying one, then the account's counterparties, then the other accounts with an
    /// IBAN that no counterparty already pays; each receiver once.
    static func list(payer: AccountRef, accounts: [Account], counterparties: [ExplicitCounterparty] = [],
                     others: [Counterparty]) -> [PaymentChoice] {
        let own = accounts.filter { $0.ref != payer }.map {
            PaymentChoice(name: $0.label ?? $0.ref.accountID.rawValue, kind: .ownAccount, destination: $0.ref.description)
        }
        let payees = counterparties.map(PaymentChoice.init(payee:))
        // OBP lists explicit counterparties among the other accounts too (OBP-API PR #978).
        let paidByCounterparty = Set(counterparties.map(\.id.rawValue) + counterparties.compactMap(\.iban).map(IBAN.normalized))
        let seen = others.compactMap { other -> PaymentChoice? in
            guard let iban = other.iban, PaymentValidation.iban(iban).problem == nil,
                  !paidByCounterparty.contains(IBAN.normalized(iban)), !paidByCounterparty.contains(other.id?.rawValue ?? "") else { return nil }
            return PaymentChoice(name: other.holderName ?? other.id?.rawValue ?? iban, kind: .otherAccount, destination: IBAN.normalized(iban))
        }
        var unique = Set<String>()
        return (own + payees + seen).filter { unique.insert($0.payee.map { "counterparty " + $0.id.rawValue } ?? $0.destination).inserted }
    }

    /// Whether the picker's filter keeps it: the words anywhere in its name, kind or receiver, in any case.
    func matches(_ filter: String) -> Bool {
        let words = filter.lowercased().split(whereSeparator: \.isWhitespace)
        let text = (name + " " + kind.name + " " + destination).lowercased()
        return words.allSatisfy { text.contains($0) }
    }
}

extension ExplicitCounterparty {
    /// Where its money goes, in words: its IBAN, else its account routing, with the bank when one is named.
    public var routingText: String {
        let account = iban.map { "IBAN " + IBAN.normalized($0) }
            ?? (self.account.address.isEmpty ? "no account routing" : "\(self.account.scheme) \(self.account.address)")
        return bank.address.isEmpty ? account : "\(account) at \(bank.scheme) \(bank.address)"
    }

    /// The payment form's To text for it.
    var toText: String { "\(name) · \(routingText)" }
}
