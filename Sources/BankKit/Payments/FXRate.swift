import Foundation

/// A bank's exchange rate: one unit of `from` is `rate` units of `to`.
public struct FXRate: Sendable, Hashable {
    public var bankID: BankID
    public var from: String
    public var to: String
    public var rate: Decimal
    public var inverseRate: Decimal?
    public var effective: Date?

    public init(bankID: BankID, from: String, to: String, rate: Decimal, inverseRate: Decimal? = nil, effective: Date? = nil) {
        self.bankID = bankID
        self.from = from
        self.to = to
        self.rate = rate
        self.inverseRate = inverseRate
        self.effective = effective
    }
}
