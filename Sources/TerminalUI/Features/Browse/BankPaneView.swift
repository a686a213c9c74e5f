import BrowserModel

/// The banks pane: short name and full name.
struct BankPaneView {
    let state: AppState

    func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let list = state.banks
        let focused = state.focus == .banks
        let inner = PaneFrame.draw(in: area, title: "Banks (\(list.items.count))", focused: focused, theme: theme,
                                   into: screen)
        if PaneMessage.drawIfEmpty(count: list.items.count, isLoading: list.isLoading, error: list.error,
                                   empty: "no banks", in: inner, theme: theme, into: screen) { return }
        let items = list.items
        // The short name is what a bank is known by: the full name and the id give way before it is cut.
        let bankWidth = TableColumn.fitting(items.lazy.map { Sanitizer.clean($0.shortName) }, floor: 8, cap: 20)
        let columns = [
            TableColumn("Bank", width: .flexible(minimum: bankWidth, weight: 1), priority: 2),
            TableColumn("Name", width: .flexible(minimum: 12, weight: 2), priority: 1),
            TableColumn("ID", width: .flexible(minimum: 10, weight: 1)),
        ]
        Table(columns: columns, rowCount: items.count, selected: list.selection.index, scroll: list.selection.scroll) {
            let bank = items[$0]
            return [TableCell(Sanitizer.clean(bank.shortName)), TableCell(Sanitizer.clean(bank.fullName)),
                    TableCell(Sanitizer.clean(bank.id.rawValue), role: .muted)]
        }.draw(in: inner, theme: theme, focused: focused, into: screen)
    }
}
