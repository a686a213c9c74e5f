import BrowserModel

/// The cells of one frame. Both screens draw into one; `CursesScreen` diffs two of them.
public struct CellGrid: Sendable, Equatable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = Cell()) {
        self.size = Size(rows: max(0, size.rows), cols: max(0, size.cols))
        self.cells = Array(repeating: fill, count: self.size.rows * self.size.cols)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * size.cols + col]
    }

    public mutating func clear(style: Style) {
        let blank = Cell(style: style)
        for i in cells.indices { cells[i] = blank }
    }

    /// Writes `text` from (row, col), up to column `limit` (exclusive) at most; see `Screen.put`.
    @discardableResult
    public mutating func put(_ text: SafeText, row: Int, col: Int, limit: Int? = nil, style: Style) -> Int {
        guard row >= 0, row < size.rows else { return col }
        let end = min(limit ?? size.cols, size.cols)
        let text = text.string
        let styled = Cell(style: style)
        // Most of a frame is printable ASCII: one cell per byte, without grapheme breaking or width lookups.
        if col >= 0, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var x = col
            for byte in text.utf8 {
                if x >= end { break }
                set(row, x, styled.with(Glyph(Unicode.Scalar(byte))))
                x += 1
            }
            return x
        }
        // Borders, chart blocks, accented letters and currency signs are graphemes of one scalar each.
        if col >= 0, text.unicodeScalars.allSatisfy(DisplayWidth.standsAlone) {
            var x = col
            for scalar in text.unicodeScalars {
                if x >= end { break }
                let width = DisplayWidth.columns(of: scalar)
                x = place(styled.with(Glyph(scalar)), width: width, row: row, col: x, end: end)
            }
            return x
        }
        var x = col
        for character in text {
            if x >= end { break }
            let safe = CellGrid.isDrawable(character) ? character : " "
            if x < 0 {
                x += max(1, DisplayWidth.columns(of: safe))
                continue
            }
            x = place(styled.with(Glyph(safe)), width: DisplayWidth.columns(of: safe), row: row, col: x, end: end)
        }
        return x
    }

    /// Blanks `count` cells of `row` from `col`; see `Screen.fill`.
    public mutating func fill(row: Int, col: Int, count: Int, style: Style) {
        let (start, end) = (max(0, col), min(size.cols, col + count))
        guard row >= 0, row < size.rows, start < end else { return }
        let blank = Cell(style: style)
        for x in start..<end { set(row, x, blank) }
    }

    /// Writes one grapheme's cell at `col` (before `end`) and returns the column after it.
    private mutating func place(_ cell: Cell, width: Int, row: Int, col: Int, end: Int) -> Int {
        if width == 2 && col + 1 >= end {
            // Half a wide character cannot be drawn (the terminal would wrap it): a blank ends the text at `end`.
            set(row, col, cell.blank)
            return col + 1
        }
        set(row, col, cell)
        if width == 2 {
            set(row, col + 1, cell.continuation)
            return col + 2
        }
        return col + 1
    }

    /// Writes one cell, repairing any wide character it cuts in half.
    private mutating func set(_ row: Int, _ col: Int, _ cell: Cell) {
        let index = row * size.cols + col
        if cells[index].isContinuation && col > 0 && !cell.isContinuation {
            cells[index - 1] = cells[index - 1].blank
        }
        if !cell.isContinuation && col + 1 < size.cols && cells[index + 1].isContinuation {
            cells[index + 1] = cells[index + 1].blank
        }
        cells[index] = cell
    }

    /// The cells (row, col) to write to turn a terminal showing `previous` into this frame: all of them when
    /// there is no previous frame or its size differs. Continuation cells are never listed (the wide character
    /// before them draws them); a wide character is listed again when the cell after it changed.
    public func changes(from previous: CellGrid?) -> [(row: Int, col: Int)] {
        var changed: [(row: Int, col: Int)] = []
        let cols = size.cols
        for row in 0..<size.rows {
            for col in 0..<cols {
                let index = row * cols + col
                let cell = cells[index]
                if cell.isContinuation { continue }
                if let previous, previous.size == size, previous.cells[index] == cell,
                   col + 1 >= cols || previous.cells[index + 1] == cells[index + 1] {
                    continue
                }
                changed.append((row, col))
            }
        }
        return changed
    }

    /// The text of each row, trailing spaces trimmed, joined by newlines.
    public func text() -> String {
        var lines: [String] = []
        lines.reserveCapacity(size.rows)
        for row in 0..<size.rows {
            var line = ""
            for col in 0..<size.cols {
                let cell = self[row, col]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A last line of defence: a control character in a cell would move the terminal's cursor.
    static func isDrawable(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { Sanitizer.needsReplacement($0) }
    }
}
