import BankKit

/// What a list row shows that costs something to format, formatted once when the page arrives (off the UI
/// thread) so that rendering only reads: amounts, whose `Decimal.description` is slow. Dates format in a few
/// nanoseconds (`DisplayFormat.day(of:)`), so 100,000 rows do not keep a string each for them.
public struct TransactionRow: Sendable, Hashable {
    /// The amount without currency, e.g. `-12.50`; nil when the view hides it.
    public var amountText: String?
    /// The balance after the transaction, without currency; nil when hidden.
    public var balanceText: String?

    public init(_ transaction: Transaction) {
        amountText = transaction.value.map { DisplayFormat.amount($0) }
        balanceText = transaction.newBalance.map { DisplayFormat.amount($0) }
    }
}
