/// A list with columns: a header row, then the rows on screen. Rows are asked for by index, so only the
/// visible ones are built, whatever the length of the list.
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var selected: Int?
    /// The first row shown.
    public var scroll: Int
    public var row: (Int) -> [TableCell]

    public init(columns: [TableColumn], rowCount: Int, selected: Int?, scroll: Int,
                row: @escaping (Int) -> [TableCell]) {
        self.columns = columns
        self.rowCount = rowCount
        self.selected = selected
        self.scroll = scroll
        self.row = row
    }

    /// How many data rows fit in an area `height` rows tall (one goes to the header).
    public static func visibleRows(height: Int) -> Int { max(1, height - 1) }

    public func draw(in rect: Rect, theme: Theme, focused: Bool, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let widths = TableColumn.layout(columns, total: rect.width)
        let header = columns.map { TableCell($0.title, role: .muted) }
        drawRow(header, widths: widths, at: rect.top, in: rect, theme: theme, highlight: nil, into: screen)
        let bodyRows = rect.height - 1
        guard bodyRows > 0 else { return }
        let start = max(0, min(scroll, max(0, rowCount - 1)))
        for offset in 0..<bodyRows {
            let index = start + offset
            guard index < rowCount else { break }
            let highlight: Style? = index == selected ? Table.selectionStyle(theme: theme, focused: focused) : nil
            drawRow(row(index), widths: widths, at: rect.top + 1 + offset, in: rect, theme: theme,
                    highlight: highlight, into: screen)
        }
    }

    /// The selection of an unfocused pane is still marked, but quietly, so the focused pane is obvious.
    static func selectionStyle(theme: Theme, focused: Bool) -> Style {
        if focused { return theme[.selection] }
        var style = theme[.text]
        style.underline = true
        style.bold = true
        return style
    }

    private func drawRow(_ cells: [TableCell], widths: [Int], at row: Int, in rect: Rect, theme: Theme,
                         highlight: Style?, into screen: any Screen) {
        if let highlight { screen.fill(row: row, col: rect.left, count: rect.width, style: highlight) }
        var x = rect.left
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let cell = index < cells.count ? cells[index] : TableCell("")
            let style = highlight ?? theme[cell.role]
            let text = DisplayWidth.fit(cell.text, to: widths[index], alignment: column.alignment)
            screen.put(text, row: row, col: x, style: style)
            x += widths[index] + 1
        }
    }
}
