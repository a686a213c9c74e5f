/// Text a screen asked to have edited in the user's own editor. The reducer only asks; the UI's loop hands the
/// terminal to the editor (curses suspended), waits, takes the terminal back and answers with `EditorOutcome`.
public struct EditorRequest: Sendable, Hashable {
    /// Where the edited text goes back to.
    public struct Target: Sendable, Hashable {
        public var screenID: Int
        public var field: String
        /// What is edited, for the status line ("request body (JSON) unchanged: ...").
        public var title: String
    }

    public var sequence: Int
    public var target: Target
    public var text: String
}

/// How the editor run ended.
public enum EditorOutcome: Sendable, Hashable {
    /// The file as the editor left it (one trailing newline, which editors add, taken off).
    case saved(String)
    /// Nothing changes, and this one line says why: the editor exited non-zero, could not start, or left the
    /// file empty.
    case unchanged(String)
}
