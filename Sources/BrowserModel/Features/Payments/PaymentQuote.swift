import BankKit
import Foundation

/// What the confirmation shows before a payment is sent: the amounts each side moves at the bank's rate, and the
/// balances before and after. The server decides for real; this is worked out the way the sandbox converts
/// (the payment's amount times the rate, rounded half up to the target currency's digits).
public struct PaymentQuote: Sendable, Hashable {
    /// One side of the payment: its balance before, what it moves, and the rate it moves at when it converts.
    public struct Side: Sendable, Hashable {
        public var name: String
        public var before: Money?
        public var moved: Money?
        public var rate: Decimal?

        /// The balance after: the payer's goes down by `moved`, the receiver's up.
        func after(sign: Decimal) -> Money? {
            guard let before, let moved, before.currency == moved.currency else { return nil }
            return Money(amount: before.amount + sign * moved.amount, currency: before.currency)
        }
    }

    /// The order quoted: only this order may be sent on the confirmation's yes.
    public let order: PaymentOrder
    public var payer: Side
    /// nil when the receiver is no account of the user's (a counterparty, an IBAN, someone else's account).
    public var receiver: Side?

    /// `rates` maps a currency to the bank's rate from the order's currency into it.
    public init(order: PaymentOrder, payer: Account?, receiver: Account?, rates: [String: Decimal]) {
        self.order = order
        self.payer = Self.side(order, payer, fallbackName: order.from.description, rates: rates)
        self.receiver = receiver.map { Self.side(order, $0, fallbackName: order.destinationText, rates: rates) }
    }

    public var payerAfter: Money? { payer.after(sign: -1) }
    public var receiverAfter: Money? { receiver?.after(sign: 1) }

    /// The first rate the payment converts at, for the confirmation's question.
    public var rateText: String? {
        [payer, receiver].compactMap { $0 }.first { $0.rate != nil }.flatMap(rateText)
    }

    func rateText(_ side: Side) -> String? {
        guard let rate = side.rate, let currency = side.moved?.currency else { return nil }
        return "1 \(order.amount.currency) = \(rate) \(currency)"
    }

    private static func side(_ order: PaymentOrder, _ account: Account?, fallbackName: String,
                             rates: [String: Decimal]) -> Side {
        let name = account.map { $0.label ?? $0.ref.accountID.rawValue } ?? fallbackName
        let currency = account?.balance?.currency ?? order.amount.currency
        guard currency != order.amount.currency else {
            return Side(name: name, before: account?.balance, moved: order.amount, rate: nil)
        }
        let moved = rates[currency].map { Money(amount: convert(order.amount.amount, rate: $0, to: currency), currency: currency) }
        return Side(name: name, before: account?.balance, moved: moved, rate: rates[currency])
    }

    private static func convert(_ amount: Decimal, rate: Decimal, to currency: String) -> Decimal {
        var value = amount * rate
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, CurrencyPrecision.digits(currency), .plain)
        return rounded
    }
}
