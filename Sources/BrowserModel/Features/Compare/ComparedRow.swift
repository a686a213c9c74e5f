import BankKit

/// One transaction as two views show it, for `:compare`; a side is nil when that view does not list it.
public struct ComparedRow: Sendable, Hashable, Identifiable {
    public var id: TransactionID
    public var left: Transaction?
    public var right: Transaction?

    /// Rows aligned by transaction id: the left view's order, then what only the right view lists.
    public static func align(_ left: [Transaction], _ right: [Transaction]) -> [ComparedRow] {
        let rightByID = Dictionary(right.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let leftIDs = Set(left.map(\.id))
        return left.map { ComparedRow(id: $0.id, left: $0, right: rightByID[$0.id]) }
            + right.filter { !leftIDs.contains($0.id) }.map { ComparedRow(id: $0.id, left: nil, right: $0) }
    }

    func transaction(_ side: ComparedSide) -> Transaction? { side == .left ? left : right }

    /// Fields one view shows and the other hides (both must list the transaction).
    public var differences: Int {
        guard let left, let right else { return 0 }
        return ComparedField.allCases.filter { ($0.text(of: left) == nil) != ($0.text(of: right) == nil) }.count
    }
}

public enum ComparedSide: Sendable, Hashable {
    case left, right

    var other: ComparedSide { self == .left ? .right : .left }
}

/// A field `:compare` puts side by side: what a view most often hides or renames.
public enum ComparedField: Sendable, Hashable, CaseIterable {
    case counterparty, amount, balance

    /// The field as the view shows it; nil when the view hides it.
    public func text(of transaction: Transaction) -> String? {
        switch self {
        case .counterparty: transaction.counterparty?.holderName
        case .amount: TransactionRow(transaction).amountText
        case .balance: TransactionRow(transaction).balanceText
        }
    }

    /// The cell of one side: `hidden`, marked, where this view hides what the other shows; an alias with `≈`.
    public func cell(_ row: ComparedRow, _ side: ComparedSide) -> ScreenCell {
        guard let transaction = row.transaction(side) else {
            return ScreenCell(self == .counterparty ? "not listed" : "", .muted)
        }
        guard let text = text(of: transaction) else {
            let otherShows = row.transaction(side.other).flatMap(text(of:)) != nil
            return otherShows ? ScreenCell("hidden", .hidden) : ScreenCell("–", .muted)
        }
        if self == .counterparty, transaction.counterparty?.isAlias == true { return ScreenCell("≈ " + text, .alias) }
        if self == .amount, text.hasPrefix("-") { return ScreenCell(text, .negative) }
        return ScreenCell(text)
    }
}
