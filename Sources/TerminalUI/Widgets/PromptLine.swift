import BrowserModel

/// A one-line text prompt (`Tag: coffee_`), with the cursor shown as a reversed cell where it is in the text and
/// an optional validation message after the text.
public struct PromptLine {
    public var label: String
    public var line: LineEditor
    public var problem: String?

    public init(label: String, line: LineEditor, problem: String? = nil) {
        self.label = label
        self.line = line
        self.problem = problem
    }

    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let base = theme[.text]
        screen.fill(row: rect.top, col: rect.left, count: rect.width, style: base)
        var x = screen.put(label, row: rect.top, col: rect.left, style: theme[.title])
        x = screen.put(" ", row: rect.top, col: x, style: base)
        // Each side of the cursor is cleaned on its own, so a placeholder can never move the cursor into a cluster.
        var tail = Sanitizer.clean(String(line.tail))
        let under = tail.isEmpty ? " " : String(tail.removeFirst())
        let shown = PromptLine.window(head: Sanitizer.clean(String(line.head)), under: under, tail: tail,
                                      columns: rect.right - x)
        x = screen.put(shown.head, row: rect.top, col: x, style: base)
        var cursorStyle = base
        cursorStyle.reverse = true
        x = screen.put(under, row: rect.top, col: x, style: cursorStyle)
        x = screen.put(shown.tail, row: rect.top, col: x, style: base)
        if let problem, x + 2 < rect.right {
            screen.put(DisplayWidth.fit("  " + problem, to: rect.right - x), row: rect.top, col: x,
                       style: theme[.error])
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
