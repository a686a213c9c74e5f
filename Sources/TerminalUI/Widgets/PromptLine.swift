import BrowserModel

/// A one-line text prompt (`Tag: coffee_`), with the cursor shown as a reversed cell where it is in the text and
/// an optional validation message after the text.
public struct PromptLine: Widget {
    public var label: SafeText
    public var line: LineEditor
    public var problem: SafeText?

    public init(label: SafeText, line: LineEditor, problem: SafeText? = nil) {
        self.label = label
        self.line = line
        self.problem = problem
    }

    public func draw(on canvas: Canvas, theme: Theme) {
        guard !canvas.isEmpty else { return }
        let base = theme[.text]
        canvas.fill(row: 0, style: base)
        var x = canvas.put(label, row: 0, style: theme[.title])
        x = canvas.put(" ", row: 0, col: x, style: base)
        // Each side of the cursor is cleaned on its own, so a placeholder can never move the cursor into a cluster.
        var tail = SafeText(String(line.tail)).string
        let under = tail.isEmpty ? " " : String(tail.removeFirst())
        let shown = PromptLine.window(head: SafeText(String(line.head)).string, under: under, tail: tail,
                                      columns: canvas.width - x)
        // `window` only cuts the cleaned sides and adds an ellipsis.
        x = canvas.put(SafeText(alreadySafe: shown.head), row: 0, col: x, style: base)
        var cursorStyle = base
        cursorStyle.reverse = true
        x = canvas.put(SafeText(alreadySafe: under), row: 0, col: x, style: cursorStyle)
        x = canvas.put(SafeText(alreadySafe: shown.tail), row: 0, col: x, style: base)
        if let problem, x + 2 < canvas.width {
            canvas.put("  " + problem, row: 0, col: x, style: theme[.error], overflow: .ellipsis)
        }
    }

    /// The parts of the text either side of the cursor cell that fit in `columns`. The cursor always shows: when
    /// the text before it is too wide, its start gives way to `…`, keeping as much of it as leaves the rest of the
    /// line (or at least half of it) for the text after the cursor; text after it that does not fit ends in `…`.
    static func window(head: String, under: String, tail: String, columns: Int) -> (head: String, tail: String) {
        let underWidth = DisplayWidth.columns(under)
        let tailWidth = DisplayWidth.columns(tail)
        var shownHead = head
        let most = columns - underWidth - 1
        if DisplayWidth.columns(head) + underWidth > columns {
            let keep = max(0, min(most, max(columns / 2, most - tailWidth)))
            shownHead = String(DisplayWidth.ellipsis) + DisplayWidth.suffix(head, columns: keep)
        }
        let left = columns - DisplayWidth.columns(shownHead) - underWidth
        guard tailWidth > left else { return (shownHead, tail) }
        return (shownHead, left > 0 ? DisplayWidth.fit(tail, to: left) : "")
    }
}
