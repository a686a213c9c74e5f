import Foundation

/// An amount in one currency. OBP sends amounts as decimal strings; `Decimal` keeps them exact.
public struct Money: Sendable, Hashable, Codable {
    public var amount: Decimal
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    public var isNegative: Bool { amount < 0 }
}
