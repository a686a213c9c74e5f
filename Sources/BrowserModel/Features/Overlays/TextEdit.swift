/// A readline edit of a prompt or of the help filter, other than typing text (`Action.insert`).
public enum TextEdit: Sendable, Hashable {
    /// ← / Ctrl-B and → / Ctrl-F: one grapheme cluster.
    case left, right
    /// Home / Ctrl-A and End / Ctrl-E.
    case home, end
    /// Backspace and Delete / Ctrl-D.
    case deleteBackward, deleteForward
    /// Ctrl-W: the word before the cursor and the blanks after it.
    case deleteWordBackward
    /// Ctrl-U: everything before the cursor.
    case deleteToStart
    /// Ctrl-K: everything from the cursor on.
    case deleteToEnd
}
