import BankKit
import BrowserModel

/// The accounts pane: label, number, balance (coloured by sign), currency and the views available.
struct AccountPaneView {
    let state: AppState

    func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let list = state.accounts
        let focused = state.focus == .accounts
        let inner = PaneFrame.draw(in: area, title: "Accounts (\(list.items.count))", focused: focused,
                                   theme: theme, into: screen)
        if list.bankID == nil && !list.isLoading {
            PaneMessage.draw("open a bank (Enter)", role: .muted, in: inner, theme: theme, into: screen)
            return
        }
        if PaneMessage.drawIfEmpty(count: list.items.count, isLoading: list.isLoading, error: list.error,
                                   empty: "no accounts at this bank", in: inner, theme: theme, into: screen) { return }
        let items = list.items
        // Account lists from v4 on carry no numbers: a column of dashes would only take the labels' room.
        let numbers = items.contains { $0.number != nil }
        // Labels keep their text whole before the views get room, but never push out the balance and currency.
        let labelWidth = TableColumn.fitting(items.lazy.map { Sanitizer.clean($0.label ?? $0.ref.accountID.rawValue) },
                                             floor: 10, cap: max(10, inner.width - 17))
        let columns = [
            TableColumn("Label", width: .flexible(minimum: labelWidth, weight: 2), priority: 5),
            numbers ? TableColumn("Number", width: .flexible(minimum: 8, weight: 1), priority: 1) : nil,
            TableColumn("Balance", width: .fixed(12), alignment: .right, priority: 4),
            TableColumn("Cur", width: .fixed(3), priority: 3),
            TableColumn("Views", width: .flexible(minimum: 10, weight: 2), priority: 0),
        ]
        Table(columns: columns.compactMap { $0 }, rowCount: items.count, selected: list.selection.index,
              scroll: list.selection.scroll) {
            let cells = AccountPaneView.cells(items[$0])
            return zip(columns, cells).compactMap { column, cell in column.map { _ in cell } }
        }.draw(in: inner, theme: theme, focused: focused, into: screen)
    }

    static func cells(_ account: Account) -> [TableCell] {
        let label = account.label.map(Sanitizer.clean).flatMap { $0.isEmpty ? nil : $0 }
        let balance: TableCell
        if let money = account.balance {
            balance = TableCell(DisplayFormat.amount(money),
                                role: money.isNegative ? .amountNegative : .amountPositive)
        } else {
            // Account lists often leave the balance out; the account's own page (through a view) has it.
            balance = TableCell(DetailLine.absentText, role: .muted)
        }
        return [
            TableCell(label ?? Sanitizer.clean(account.ref.accountID.rawValue)),
            // No view moderates an account list: a missing number was never sent (v4+ lists carry none), not hidden.
            account.number.map { TableCell(Sanitizer.clean($0)) } ?? TableCell(DetailLine.absentText, role: .muted),
            balance,
            TableCell(Sanitizer.clean(account.balance?.currency ?? "")),
            TableCell(Sanitizer.clean(account.views.map(\.id.rawValue).joined(separator: " ")), role: .muted),
        ]
    }
}
