import BrowserModel

/// Labelled fields, one per line, scrolled; long values wrap under their value column.
public struct DetailView: Widget {
    public var lines: [DetailLine]
    public var scroll: Int
    /// The line under an edit-in-place cursor: highlighted on every row its value wraps to, and scrolled into view
    /// (then `scroll` is not used).
    public var selected: Int?

    public init(lines: [DetailLine], scroll: Int = 0, selected: Int? = nil) {
        self.lines = lines
        self.scroll = scroll
        self.selected = selected
    }

    /// The lines on screen at `width`: a heading, or a label (on the first piece only) and one wrapped piece.
    func rows(width: Int) -> (labelWidth: Int, rows: [(label: SafeText, value: SafeText, line: DetailLine, index: Int)]) {
        let labelWidth = min(max(0, (lines.filter { !$0.isHeading }.map(\.label.columns).max() ?? 0)),
                             max(0, width / 3))
        let valueWidth = max(1, width - labelWidth - 2)
        var rows: [(label: SafeText, value: SafeText, line: DetailLine, index: Int)] = []
        for (lineIndex, line) in lines.enumerated() {
            if line.isHeading {
                rows.append(("", line.value, line, lineIndex))
                continue
            }
            // Pieces of safe text are safe: wrapping only splits it.
            let wrapped = DetailView.wrap(line.value.string, width: valueWidth).map(SafeText.init(alreadySafe:))
            for (index, piece) in wrapped.enumerated() {
                rows.append((index == 0 ? line.label : "", piece, line, lineIndex))
            }
        }
        return (labelWidth, rows)
    }

    /// How many lines the view takes at `width`, for scrolling to its end.
    public func lineCount(width: Int) -> Int { rows(width: width).rows.count }

    public func draw(on canvas: Canvas, theme: Theme) {
        guard !canvas.isEmpty else { return }
        let (labelWidth, rows) = self.rows(width: canvas.width)
        var top = scroll
        if let selected, let first = rows.firstIndex(where: { $0.index == selected }),
           let last = rows.lastIndex(where: { $0.index == selected }) {
            // The least scroll that shows the whole selected line, its first row winning when it is taller.
            top = min(first, max(0, last - canvas.height + 1))
        }
        let start = max(0, min(top, max(0, rows.count - canvas.height)))
        for (y, (label, value, line, lineIndex)) in rows.dropFirst(start).prefix(canvas.height).enumerated() {
            let highlight = lineIndex == selected ? theme[.selection] : nil
            if let highlight { canvas.fill(row: y, style: highlight) }
            if line.isHeading {
                canvas.put(value, row: y, style: highlight ?? theme[.title], overflow: .ellipsis)
                continue
            }
            if labelWidth > 0 {
                canvas.put(label.fit(to: labelWidth), row: y, style: highlight ?? theme[.muted])
            }
            canvas.put(value, row: y, col: labelWidth > 0 ? labelWidth + 2 : 0, style: highlight ?? theme[line.role],
                       overflow: .ellipsis)
        }
    }

    /// Breaks `text` into pieces of at most `width` columns, at spaces where it can. Indentation (a JSON body's
    /// nesting, in the API console) starts every piece, so a continued line is not read as a shallower one; at
    /// most half the width of it, so some text still fits.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.columns(text) > width else { return [text] }
        let depth = text.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: min(depth, width / 2))
        return pieces(of: String(text.dropFirst(depth)), width: width - indent.count).map { indent + $0 }
    }

    private static func pieces(of text: String, width: Int) -> [String] {
        guard DisplayWidth.columns(text) > width else { return [text] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            let wordWidth = DisplayWidth.columns(word)
            let needed = used == 0 ? wordWidth : used + 1 + wordWidth
            if needed <= width {
                current += (used == 0 ? "" : " ") + word
                used = needed
                continue
            }
            if used > 0 {
                pieces.append(current)
                current = ""
                used = 0
            }
            while DisplayWidth.columns(word) > width {
                let fitted = DisplayWidth.prefix(word, columns: width)
                // A wide character in a one-column pane must still move the loop forward.
                let head = fitted.isEmpty ? String(word.prefix(1)) : fitted
                pieces.append(head)
                word = String(word.dropFirst(head.count))
            }
            current = word
            used = DisplayWidth.columns(word)
        }
        if used > 0 || pieces.isEmpty { pieces.append(current) }
        return pieces
    }
}
