import BrowserModel

/// Draws the screen on top of the stack from its presentation: a table, and the opened item beside it on wide
/// terminals or below it on narrow ones. Every screen is drawn by this one view; a screen only says what to show.
struct ScreenView: Widget {
    let entry: ScreenEntry

    /// From this many columns the opened item sits beside the list.
    static let besideThreshold = 120

    func draw(on canvas: Canvas, theme: Theme) {
        let presentation = entry.screen.presentation
        let (listArea, detailArea) = Self.split(canvas.bounds, entry: entry)
        if let detail = presentation.detail, let detailArea {
            Self.drawDetail(detail, on: canvas.region(detailArea), theme: theme)
        }
        let inner = PaneFrame(title: SafeText(entry.screen.title), focused: presentation.detail == nil)
            .draw(on: canvas.region(listArea), theme: theme)
        if let placeholder = presentation.placeholder {
            PaneMessage.draw(placeholder.text, role: Self.role(placeholder.style), on: inner, theme: theme)
            return
        }
        let columns = presentation.columns.map {
            TableColumn(SafeText($0.title), width: Self.width($0.width), alignment: $0.alignsRight ? .right : .left,
                        priority: $0.priority)
        }
        let (first, rows) = (presentation.firstRow, presentation.rows)
        Table(columns: columns, rowCount: presentation.rowCount, selected: presentation.selectedRow, scroll: first,
              focused: presentation.detail == nil) {
            let index = $0 - first
            guard rows.indices.contains(index) else { return [] }
            // Cells were made safe where the screen built them.
            return rows[index].map { TableCell($0.text, role: Self.role($0.style)) }
        }.draw(on: inner, theme: theme)
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

    private static func drawDetail(_ detail: ScreenDetail, on canvas: Canvas, theme: Theme) {
        let inner = PaneFrame(title: detail.title, focused: true).draw(on: canvas, theme: theme)
        let lines = detail.lines.map { DetailLine($0.label, $0.value.text, role: role($0.value.style)) }
        DetailView(lines: lines, selected: detail.selectedLine).draw(on: inner, theme: theme)
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
