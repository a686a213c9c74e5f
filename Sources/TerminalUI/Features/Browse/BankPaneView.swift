import BrowserModel

/// The banks pane: short name and full name.
struct BankPaneView: Widget {
    let state: AppState

    func draw(on canvas: Canvas, theme: Theme) {
        let list = state.banks
        let focused = state.focus == .banks
        let inner = PaneFrame(title: "Banks (\(list.items.count))", focused: focused).draw(on: canvas, theme: theme)
        if PaneMessage.drawIfEmpty(count: list.items.count, isLoading: list.isLoading, error: list.error,
                                   empty: "no banks", on: inner, theme: theme) { return }
        let items = list.items
        // The short name is what a bank is known by: the full name and the id give way before it is cut.
        let bankWidth = TableColumn.fitting(items.lazy.map { SafeText($0.shortName) }, floor: 8, cap: 20)
        let columns = [
            TableColumn("Bank", width: .flexible(minimum: bankWidth, weight: 1), priority: 2),
            TableColumn("Name", width: .flexible(minimum: 12, weight: 2), priority: 1),
            TableColumn("ID", width: .flexible(minimum: 10, weight: 1)),
        ]
        Table(columns: columns, rowCount: items.count, selected: list.selection.index, scroll: list.selection.scroll,
              focused: focused) {
            let bank = items[$0]
            return [TableCell(SafeText(bank.shortName)), TableCell(SafeText(bank.fullName)),
                    TableCell(SafeText(bank.id), role: .muted)]
        }.draw(on: inner, theme: theme)
    }
}
