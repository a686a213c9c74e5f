import BankKit
import BrowserModel

/// The accounts pane: label, number, balance (coloured by sign), currency and the views available.
struct AccountPaneView: Widget {
    let state: AppState

    func draw(on canvas: Canvas, theme: Theme) {
        let list = state.accounts
        let focused = state.focus == .accounts
        let inner = PaneFrame(title: "Accounts (\(list.items.count))", focused: focused).draw(on: canvas, theme: theme)
        if list.bankID == nil && !list.isLoading {
            PaneMessage.draw("open a bank (Enter)", role: .muted, on: inner, theme: theme)
            return
        }
        if PaneMessage.drawIfEmpty(count: list.items.count, isLoading: list.isLoading, error: list.error,
                                   empty: "no accounts at this bank", on: inner, theme: theme) { return }
        let items = list.items
        // Account lists from v4 on carry no numbers: a column of dashes would only take the labels' room.
        let numbers = items.contains { $0.number != nil }
        // Labels keep their text whole before the views get room, but never push out the balance and currency.
        let labelWidth = TableColumn.fitting(items.lazy.map { SafeText($0.label ?? $0.ref.accountID) },
                                             floor: 10, cap: max(10, inner.width - 17))
        let columns = [
            TableColumn("Label", width: .flexible(minimum: labelWidth, weight: 2), priority: 5),
            numbers ? TableColumn("Number", width: .flexible(minimum: 8, weight: 1), priority: 1) : nil,
            TableColumn("Balance", width: .fixed(12), alignment: .right, priority: 4),
            TableColumn("Cur", width: .fixed(3), priority: 3),
            TableColumn("Views", width: .flexible(minimum: 10, weight: 2), priority: 0),
        ]
        Table(columns: columns.compactMap { $0 }, rowCount: items.count, selected: list.selection.index,
              scroll: list.selection.scroll, focused: focused) {
            let cells = AccountPaneView.cells(items[$0])
            return zip(columns, cells).compactMap { column, cell in column.map { _ in cell } }
        }.draw(on: inner, theme: theme)
    }

    static func cells(_ account: Account) -> [TableCell] {
        let label = account.label.map { SafeText($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let balance: TableCell
        if let money = account.balance {
            balance = TableCell(SafeText(DisplayFormat.amount(money)),
                                role: money.isNegative ? .amountNegative : .amountPositive)
        } else {
            // Account lists often leave the balance out; the account's own page (through a view) has it.
            balance = TableCell(DetailLine.absentText, role: .muted)
        }
        return [
            TableCell(label ?? SafeText(account.ref.accountID)),
            // No view moderates an account list: a missing number was never sent (v4+ lists carry none), not hidden.
            account.number.map { TableCell(SafeText($0)) } ?? TableCell(DetailLine.absentText, role: .muted),
            balance,
            TableCell(SafeText(account.balance?.currency ?? "")),
            TableCell(SafeText(account.views.map(\.id).joined(separator: " ")), role: .muted),
        ]
    }
}
