import BankKit
import Foundation

/// The new-payment form of the payments screen: four fields typed one at a time in a prompt, each checked as it
/// is typed by BankKit's pure validators, and the order they make together.
public struct PaymentForm: FieldForm, Sendable, Hashable {
    public enum Field: Int, FormField {
        case to, amount, currency, description

        public var label: String {
            switch self {
            case .to: "To"
            case .amount: "Amount"
            case .currency: "Currency"
            case .description: "Description"
            }
        }

        /// The prompt's title: what the field takes.
        var question: String {
            switch self {
            case .to: "pay to (account id, BANK/ACCOUNT or IBAN)"
            case .amount: "amount (e.g. 12.50)"
            case .currency: "currency (e.g. EUR)"
            case .description: "description"
            }
        }

        /// The prompt field's name, which comes back in `.submitted`.
        var promptName: String { "form.\(label.lowercased())" }
    }

    public let from: AccountRef
    public internal(set) var values: [Field: String] = [:]
    public internal(set) var cursor: Field = .to
    /// The counterparty picked as the receiver, paid by a COUNTERPARTY request; typing another To drops it.
    public internal(set) var payee: ExplicitCounterparty?

    init(from: AccountRef, currency: String?) {
        self.from = from
        values[.currency] = currency ?? ""
    }

    public func text(_ field: Field) -> String { values[field] ?? "" }

    /// Why `text` cannot go in `field`, nil when it can; the amount is checked against the currency typed so far.
    public func problem(_ field: Field, _ text: String) -> String? {
        switch field {
        case .to: destination(text).problem?.message
        case .amount: PaymentValidation.amount(text, currency: currencyCode).problem?.description
        case .currency: PaymentValidation.currency(text).problem?.description
        case .description: text.trimmingCharacters(in: .whitespaces).isEmpty ? "a description is needed" : nil
        }
    }

    /// The first field that is not right yet and why, nil when the payment can be sent.
    public var firstProblem: (field: Field, message: String)? {
        for field in Field.allCases {
            if let message = problem(field, text(field)) { return (field, message) }
        }
        return nil
    }

    /// The payment the fields make, or the first reason they make none.
    public func order(view: ViewID) -> Result<PaymentOrder, FormProblem> {
        if let problem = firstProblem {
            return .failure(FormProblem(message: "\(problem.field.label.lowercased()): \(problem.message)"))
        }
        guard case .success(let to) = destination(text(.to)),
              case .success(let minor) = PaymentValidation.amount(text(.amount), currency: currencyCode) else {
            return .failure(FormProblem(message: "the form is incomplete"))
        }
        let amount = Decimal(string: MinorAmount.format(minor, digits: CurrencyPrecision.digits(currencyCode))) ?? 0
        return .success(PaymentOrder(from: from, view: view, to: to, amount: Money(amount: amount, currency: currencyCode),
                                     description: text(.description)))
    }

    private var currencyCode: String { (try? PaymentValidation.currency(text(.currency)).get()) ?? "EUR" }

    /// An IBAN when the text starts like one (two letters, two digits), else `BANK/ACCOUNT`, else an account
    /// at this account's bank.
    func destination(_ text: String) -> Result<PaymentOrder.Destination, FormProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let payee, trimmed == payee.toText { return .success(.counterparty(id: payee.id)) }
        guard !trimmed.isEmpty else { return .failure(FormProblem(message: "a receiver is needed: an account id, BANK/ACCOUNT or an IBAN")) }
        if Self.startsLikeIBAN(trimmed) {
            return PaymentValidation.iban(trimmed).map { PaymentOrder.Destination.iban($0) }.mapError {
                FormProblem(message: "\($0) (an account id that starts so is written BANK/ACCOUNT)")
            }
        }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !trimmed.contains(where: \.isWhitespace), parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
            return .failure(FormProblem(message: "an account is ACCOUNT_ID or BANK_ID/ACCOUNT_ID, without spaces"))
        }
        let ref = parts.count == 2 ? AccountRef(bankID: BankID(parts[0]), accountID: AccountID(parts[1]))
                                   : AccountRef(bankID: from.bankID, accountID: AccountID(parts[0]))
        guard ref != from else { return .failure(FormProblem(message: "that is the account paying")) }
        return .success(.account(ref))
    }

    /// What the user typed or picked into `field`; a To other than the picked counterparty's drops it.
    mutating func take(_ field: Field, _ text: String) {
        if field == .to, text.trimmingCharacters(in: .whitespaces) != payee?.toText { payee = nil }
        set(field, text)
    }

    /// The receiver picked from the list: a counterparty is kept, to be paid by its id.
    mutating func pick(_ choice: PaymentChoice) {
        payee = choice.payee
        set(.to, choice.destination)
    }

    /// The receiver as the confirmation names it: a counterparty by its name and routing.
    func receiverText(_ order: PaymentOrder) -> String {
        if case .counterparty = order.to, let payee { return "counterparty \(payee.toText)" }
        return order.destinationText
    }

    private static func startsLikeIBAN(_ text: String) -> Bool {
        let head = Array(IBAN.normalized(text).prefix(4))
        return head.count == 4 && head[0].isASCII && head[0].isLetter && head[1].isASCII && head[1].isLetter
            && head[2].isASCII && head[2].isNumber && head[3].isASCII && head[3].isNumber
    }
}

/// Why the form's fields make no payment, in one line.
public struct FormProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
