import BankKit

/// What a list row shows that takes formatting: amounts. Made for the rows on screen as they are drawn (a few
/// dozen a frame), not kept for every row loaded: a million rows kept two strings each.
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
