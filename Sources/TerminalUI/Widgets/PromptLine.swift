/// A one-line text prompt (`Tag: coffee_`), with the cursor shown as a reversed cell and an optional
/// validation message after the text.
public struct PromptLine {
    public var label: String
    public var text: String
    /// The cursor as a character offset into `text`.
    public var cursor: Int
    public var problem: String?

    public init(label: String, text: String, cursor: Int? = nil, problem: String? = nil) {
        self.label = label
        self.text = text
        self.cursor = cursor ?? text.count
        self.problem = problem
    }

    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let base = theme[.text]
        screen.fill(row: rect.top, col: rect.left, count: rect.width, style: base)
        var x = screen.put(label, row: rect.top, col: rect.left, style: theme[.title])
        x = screen.put(" ", row: rect.top, col: x, style: base)
        let clean = Sanitizer.clean(text)
        let room = rect.right - x - 1
        // Keep the cursor on screen when the text is longer than the line: show its tail.
        let before = String(clean.prefix(cursor))
        let overflow = DisplayWidth.columns(before) - room
        var shown = clean
        if overflow > 0 {
            var dropped = 0
            var index = shown.startIndex
            while dropped < overflow, index < shown.endIndex {
                dropped += DisplayWidth.columns(of: shown[index])
                index = shown.index(after: index)
            }
            shown = "…" + shown[index...]
        }
        let cursorInShown = min(shown.count, cursor - (clean.count - shown.count))
        let head = String(shown.prefix(cursorInShown))
        let cursorCharacter = cursorInShown < shown.count ? String(shown[shown.index(shown.startIndex, offsetBy: cursorInShown)]) : " "
        let tail = cursorInShown + 1 < shown.count ? String(shown.dropFirst(cursorInShown + 1)) : ""
        x = screen.put(head, row: rect.top, col: x, style: base)
        var cursorStyle = base
        cursorStyle.reverse = true
        x = screen.put(cursorCharacter, row: rect.top, col: x, style: cursorStyle)
        x = screen.put(tail, row: rect.top, col: x, style: base)
        if let problem, x + 2 < rect.right {
            screen.put(DisplayWidth.fit("  " + problem, to: rect.right - x), row: rect.top, col: x,
                       style: theme[.error])
        }
    }
}
