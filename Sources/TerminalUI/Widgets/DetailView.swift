/// Labelled fields, one per line, scrolled; long values wrap under their value column.
public struct DetailView {
    public var lines: [DetailLine]
    public var scroll: Int

    public init(lines: [DetailLine], scroll: Int = 0) {
        self.lines = lines
        self.scroll = scroll
    }

    /// The lines on screen at `width`: a heading, or a label (on the first piece only) and one wrapped piece.
    func rows(width: Int) -> (labelWidth: Int, rows: [(label: String, value: String, line: DetailLine)]) {
        let labelWidth = min(max(0, (lines.filter { !$0.isHeading }.map { DisplayWidth.columns($0.label) }.max() ?? 0)),
                             max(0, width / 3))
        let valueWidth = max(1, width - labelWidth - 2)
        var rows: [(label: String, value: String, line: DetailLine)] = []
        for line in lines {
            if line.isHeading {
                rows.append(("", line.value, line))
                continue
            }
            let wrapped = DetailView.wrap(line.value, width: valueWidth)
            for (index, piece) in wrapped.enumerated() {
                rows.append((index == 0 ? line.label : "", piece, line))
            }
        }
        return (labelWidth, rows)
    }

    /// How many lines the view takes at `width`, for scrolling to its end.
    public func lineCount(width: Int) -> Int { rows(width: width).rows.count }

    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let (labelWidth, rows) = self.rows(width: rect.width)
        let start = max(0, min(scroll, max(0, rows.count - rect.height)))
        for offset in 0..<rect.height {
            let index = start + offset
            guard index < rows.count else { break }
            let (label, value, line) = rows[index]
            let y = rect.top + offset
            if line.isHeading {
                screen.put(DisplayWidth.fit(value, to: rect.width), row: y, col: rect.left, style: theme[.title])
                continue
            }
            if labelWidth > 0 {
                screen.put(DisplayWidth.fit(label, to: labelWidth), row: y, col: rect.left, style: theme[.muted])
            }
            let x = rect.left + (labelWidth > 0 ? labelWidth + 2 : 0)
            screen.put(DisplayWidth.fit(value, to: rect.right - x), row: y, col: x, style: theme[line.role])
        }
    }

    /// Breaks `text` into pieces of at most `width` columns, at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.columns(text) > width else { return [text] }
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
