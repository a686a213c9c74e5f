import BrowserModel

/// A list with columns: a header row, then the rows on screen. Rows are asked for by index, so only the
/// visible ones are built, whatever the length of the list.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var selected: Int?
    /// The first row shown.
    public var scroll: Int
    /// The focused pane's selection is a bar; another pane's only underlined.
    public var focused: Bool
    public var row: (Int) -> [TableCell]

    public init(columns: [TableColumn], rowCount: Int, selected: Int?, scroll: Int, focused: Bool,
                row: @escaping (Int) -> [TableCell]) {
        self.columns = columns
        self.rowCount = rowCount
        self.selected = selected
        self.scroll = scroll
        self.focused = focused
        self.row = row
    }

    /// How many data rows fit in an area `height` rows tall (one goes to the header).
    public static func visibleRows(height: Int) -> Int { max(1, height - 1) }

    public func draw(on canvas: Canvas, theme: Theme) {
        guard !canvas.isEmpty else { return }
        let widths = TableColumn.layout(columns, total: canvas.width)
        let header = columns.map { TableCell($0.title, role: .muted) }
        drawRow(header, widths: widths, on: canvas.row(0), theme: theme, highlight: nil)
        let start = max(0, min(scroll, max(0, rowCount - 1)))
        for offset in 0..<max(0, canvas.height - 1) {
            let index = start + offset
            guard index < rowCount else { break }
            let highlight: Style? = index == selected ? Table.selectionStyle(theme: theme, focused: focused) : nil
            drawRow(row(index), widths: widths, on: canvas.row(1 + offset), theme: theme, highlight: highlight)
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

    private func drawRow(_ cells: [TableCell], widths: [Int], on line: Canvas, theme: Theme, highlight: Style?) {
        if let highlight { line.fill(row: 0, style: highlight) }
        var x = 0
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let cell = index < cells.count ? cells[index] : TableCell("")
            line.put(cell.text, fitting: widths[index], alignment: column.alignment, row: 0, col: x,
                     style: highlight ?? theme[cell.role])
            x += widths[index] + 1
        }
    }
}
