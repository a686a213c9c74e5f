/// One line of text with a cursor, edited the way readline edits: the cursor sits between grapheme clusters
/// (a wide character, an emoji sequence or a letter with its combining marks is one step and is never split).
public struct LineEditor: Sendable, Hashable {
    public private(set) var text: String
    /// Grapheme clusters before the cursor: 0 is the start, `text.count` the end.
    public private(set) var cursor: Int

    /// Starts with the cursor at the end, as a shell does with a recalled line.
    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Everything before the cursor.
    public var head: Substring { text[..<cursorIndex] }
    /// Everything from the cursor on.
    public var tail: Substring { text[cursorIndex...] }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// Inserts at the cursor and moves the cursor past the insertion. A combining mark typed after a letter
    /// joins it, so the cursor is recounted rather than advanced by the inserted count.
    public mutating func insert(_ inserted: String) {
        let before = String(head) + inserted
        text = before + tail
        cursor = min(before.count, text.count)
    }

    /// Applies `edit`; true when the text changed (a filter then re-runs), false for moves and no-ops.
    @discardableResult
    public mutating func apply(_ edit: TextEdit) -> Bool {
        let old = text
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { return false }
            replace(before: cursor - 1)
        case .deleteForward:
            guard cursor < text.count else { return false }
            text = String(head) + tail.dropFirst()
        case .deleteWordBackward:
            // readline's unix-word-rubout: the blanks before the cursor, then the word before them.
            let kept = head.reversed().drop(while: \.isWhitespace).drop { !$0.isWhitespace }
            replace(before: kept.count)
        case .deleteToStart: replace(before: 0)
        case .deleteToEnd: text = String(head)
        }
        return text != old
    }

    /// Keeps the first `kept` clusters of the head and the whole tail; the cursor lands between them.
    private mutating func replace(before kept: Int) {
        let start = String(text.prefix(kept))
        text = start + tail
        cursor = min(start.count, text.count)
    }
}
