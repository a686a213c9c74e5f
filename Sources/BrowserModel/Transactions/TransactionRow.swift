import BankKit

/// What a list row needs that costs something to compute, computed once when the page arrives (off the UI
/// thread) so that rendering and filtering only read. Texts are raw server data: the UI sanitises what it shows.
public struct TransactionRow: Sendable, Hashable {
    /// `yyyy-MM-dd` of the posted (else completed) date; nil when the view hides both.
    public var dateText: String?
    /// The amount without currency, e.g. `-12.50`; nil when the view hides it.
    public var amountText: String?
    /// The balance after the transaction, without currency; nil when hidden.
    public var balanceText: String?
    /// The balance after the transaction as a number, for the chart.
    public var balanceValue: Double?
    /// Lowercased description, counterparty, tags and amount, for `/` filtering.
    public var searchKey: String

    public init(_ transaction: Transaction) {
        dateText = (transaction.posted ?? transaction.completed).map(DisplayFormat.day)
        amountText = transaction.value.map { DisplayFormat.amount($0.amount) }
        balanceText = transaction.newBalance.map { DisplayFormat.amount($0.amount) }
        balanceValue = balanceText.flatMap(Double.init)
        searchKey = Self.searchKey(transaction, amountText: amountText)
    }

    static func searchKey(_ transaction: Transaction, amountText: String?) -> String {
        var key = ""
        // A separator that no query contains keeps a match from spanning two fields.
        let separator: Character = "\u{1F}"
        if let description = transaction.description { key += description; key.append(separator) }
        if let holder = transaction.counterparty?.holderName { key += holder; key.append(separator) }
        for tag in transaction.metadata.tags ?? [] { key += tag.value; key.append(separator) }
        if let amountText { key += amountText }
        return key.lowercased()
    }
}
