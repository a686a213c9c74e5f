import BrowserModel

/// Draws the screen on top of the stack from its presentation: a table, and the opened item beside it on wide
/// terminals or below it on narrow ones. Every screen is drawn by this one view; a screen only says what to show.
struct ScreenView {
    let entry: ScreenEntry

    /// From this many columns the opened item sits beside the list.
    static let besideThreshold = 120

    func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let presentation = entry.screen.presentation
        let (listArea, detailArea) = Self.split(area, entry: entry)
        if let detail = presentation.detail, let detailArea {
            Self.drawDetail(detail, in: detailArea, theme: theme, into: screen)
        }
        let inner = PaneFrame.draw(in: listArea, title: Sanitizer.clean(entry.screen.title),
                                   focused: presentation.detail == nil, theme: theme, into: screen)
        if let placeholder = presentation.placeholder {
            PaneMessage.draw(placeholder.text, role: Self.role(placeholder.style), in: inner, theme: theme, into: screen)
            return
        }
        let columns = presentation.columns.map {
            TableColumn($0.title, width: Self.width($0.width), alignment: $0.alignsRight ? .right : .left,
                        priority: $0.priority)
        }
        let (first, rows) = (presentation.firstRow, presentation.rows)
        Table(columns: columns, rowCount: presentation.rowCount, selected: presentation.selectedRow, scroll: first) {
            let index = $0 - first
            guard rows.indices.contains(index) else { return [] }
            return rows[index].map { TableCell(Sanitizer.clean($0.text), role: Self.role($0.style)) }
        }.draw(in: inner, theme: theme, focused: presentation.detail == nil, into: screen)
    }

    /// Where the list and the opened item go in `area`: side by side when wide, else the item below.
    static func split(_ area: Rect, entry: ScreenEntry) -> (list: Rect, detail: Rect?) {
        guard entry.screen.presentation.detail != nil else { return (area, nil) }
        let (list, detail) = area.width >= besideThreshold
            ? area.splitLeft(area.width / 2) : area.splitBottom(max(6, area.height / 2))
        return (list, detail)
    }

    /// The framed list of the screen at `area`, for placing a click on its rows.
    static func listArea(in area: Rect, entry: ScreenEntry) -> Rect? {
        entry.screen.presentation.placeholder == nil ? split(area, entry: entry).list : nil
    }

    /// Rows of list content the screen shows at `area`, for the model to page by.
    static func visibleRows(in area: Rect, entry: ScreenEntry) -> Int {
        Table.visibleRows(height: split(area, entry: entry).list.height - 2)
    }

    private static func drawDetail(_ detail: ScreenDetail, in area: Rect, theme: Theme, into screen: any Screen) {
        let inner = PaneFrame.draw(in: area, title: Sanitizer.clean(detail.title), focused: true, theme: theme,
                                   into: screen)
        let lines = detail.lines.map {
            DetailLine(Sanitizer.clean($0.label), Sanitizer.clean($0.value.text), role: role($0.value.style))
        }
        DetailView(lines: lines, selected: detail.selectedLine).draw(in: inner, theme: theme, into: screen)
    }

    private static func width(_ width: ScreenColumn.Width) -> TableColumn.Width {
        switch width {
        case .fixed(let n): .fixed(n)
        case .flexible(let minimum, let weight): .flexible(minimum: minimum, weight: weight)
        }
    }

    static func role(_ style: ScreenCell.Style) -> Role {
        switch style {
        case .plain: .text
        case .muted: .muted
        case .positive: .amountPositive
        case .negative: .amountNegative
        case .error: .error
        case .hidden: .hiddenByView
        case .alias: .aliasMarker
        case .mark: .tag
        }
    }
}
