import BankKit

/// What a list row shows that costs something to format, formatted once when the page arrives (off the UI
/// thread) so that rendering only reads. Texts are raw server data: the UI sanitises what it shows.
public struct TransactionRow: Sendable, Hashable {
    /// `yyyy-MM-dd` of the posted (else completed) date; nil when the view hides both.
    public var dateText: String?
    /// The amount without currency, e.g. `-12.50`; nil when the view hides it.
    public var amountText: String?
    /// The balance after the transaction, without currency; nil when hidden.
    public var balanceText: String?

    public init(_ transaction: Transaction) {
        dateText = (transaction.posted ?? transaction.completed).map(DisplayFormat.day)
        amountText = transaction.value.map { DisplayFormat.amount($0.amount) }
        balanceText = transaction.newBalance.map { DisplayFormat.amount($0.amount) }
    }
}
