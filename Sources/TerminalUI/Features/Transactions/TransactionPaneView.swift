import BankKit
import BrowserModel

/// The transactions pane: date, counterparty (with the alias marker), description, amount right-aligned and
/// coloured by sign, running balance, and markers for tags, comments, narrative and where.
struct TransactionPaneView: Widget {
    let state: AppState

    /// Drawn before a counterparty name the view replaced with an alias.
    static let aliasMarker: SafeText = "≈"

    func draw(on canvas: Canvas, theme: Theme) {
        let list = state.transactions
        let focused = state.focus == .transactions
        // The list kept from an account of another bank would pass for one of the accounts now beside it.
        let fromOtherBank = list.account.map { $0.bankID != state.accounts.bankID } ?? false
        let inner = PaneFrame(title: fromOtherBank ? "Transactions (0)" : title(list), focused: focused)
            .draw(on: canvas, theme: theme)
        if list.account == nil && !list.isLoading || fromOtherBank {
            PaneMessage.draw("open an account (Enter)", role: .muted, on: inner, theme: theme)
            return
        }
        let empty: SafeText = list.filter.isActive ? "nothing matches /\(list.filter.text)" : "no transactions"
        if PaneMessage.drawIfEmpty(count: list.displayedCount, isLoading: list.isLoading, error: list.error,
                                   empty: empty, on: inner, theme: theme) { return }
        let missing = state.capabilities.supportsViews ? Self.hiddenCell : Self.absentCell
        let columns = [
            TableColumn("Date", width: .fixed(10), priority: 4),
            TableColumn("Counterparty", width: .flexible(minimum: 10, weight: 2), priority: 5),
            TableColumn("Description", width: .flexible(minimum: 10, weight: 3), priority: 2),
            TableColumn("Amount", width: .fixed(11), alignment: .right, priority: 6),
            TableColumn("Balance", width: .fixed(11), alignment: .right, priority: 1),
            TableColumn("Notes", width: .fixed(5), priority: 3),
        ]
        Table(columns: columns, rowCount: list.displayedCount, selected: list.selection.index,
              scroll: list.selection.scroll, focused: focused) {
            TransactionPaneView.cells(list.transaction(forRow: $0), row: list.row(forRow: $0), missing: missing)
        }.draw(on: inner, theme: theme)
    }

    private func title(_ list: TransactionList) -> SafeText {
        var title: SafeText = "Transactions"
        if state.capabilities.supportsViews, let view = list.viewID { title += " · \(view.rawValue)" }
        title += " (\(list.count)\(list.reachedEnd || list.count == 0 ? "" : "+"))"
        if list.filter.isActive {
            let count = list.displayedCount
            title += " /\(list.filter.text) \(count) \(count == 1 ? "match" : "matches")"
        }
        return title
    }

    /// What a field the row lacks reads: under a view, one it hides; with a provider that has no views (OP), one
    /// the transaction does not have.
    static let hiddenCell = TableCell("hidden", role: .hiddenByView)
    static let absentCell = TableCell(DetailLine.absentText, role: .muted)

    static func cells(_ tx: Transaction, row: TransactionRow, missing: TableCell = hiddenCell) -> [TableCell] {
        let counterparty: TableCell
        if let holder = tx.counterparty?.holderName {
            let name = SafeText(holder)
            counterparty = tx.counterparty?.isAlias == true
                ? TableCell("\(aliasMarker) \(name)", role: .aliasMarker) : TableCell(name)
        } else {
            counterparty = missing
        }
        let amount: TableCell
        if let text = row.amountText, let value = tx.value {
            amount = TableCell(SafeText(text), role: value.isNegative ? .amountNegative : .amountPositive)
        } else {
            amount = missing
        }
        return [
            DisplayFormat.day(of: tx).map { TableCell(SafeText($0)) } ?? missing,
            counterparty,
            tx.description.map { TableCell(SafeText($0)) } ?? missing,
            amount,
            row.balanceText.map { TableCell(SafeText($0), role: .muted) } ?? missing,
            TableCell(SafeText(markers(tx.metadata)), role: .tag),
        ]
    }

    /// `t` tags, `c` comments, `n` narrative, `w` where; a dot for each one that is absent.
    static func markers(_ metadata: TransactionMetadata) -> String {
        var text = ""
        text += (metadata.tags?.isEmpty == false) ? "t" : "·"
        text += (metadata.comments?.isEmpty == false) ? "c" : "·"
        text += (metadata.narrative?.isEmpty == false) ? "n" : "·"
        if case .value = metadata.whereTag { text += "w" } else { text += "·" }
        return text
    }
}
