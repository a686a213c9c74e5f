/// What the app routes to the screen on top of the stack.
public enum ScreenInput<Event: Sendable>: Sendable {
    case move(ScreenMove)
    /// Enter / l / →.
    case open
    /// Esc / h / ←: close what is open inside the screen, or `.pop` it.
    case back
    /// How many list rows the UI shows for this screen, after a resize.
    case visibleRows(Int)
    /// Enter in one of the screen's prompts, after `validate` accepted the text.
    case submitted(field: String, text: String)
    /// `y` or Enter on one of the screen's confirmations.
    case confirmed(field: String)
    /// A key of its bindings, or a finished task.
    case event(Event)
}

/// A cursor movement for a screen's list.
public enum ScreenMove: Sendable, Hashable {
    case by(Int)
    case page(Int)
    case top
    case bottom

    /// The row `index` moves to in a list of `count` rows showing `visibleRows` of them.
    public func target(from index: Int, count: Int, visibleRows: Int) -> Int {
        switch self {
        case .by(let delta): index + delta
        case .page(let pages): index + pages * max(1, visibleRows - 1)
        case .top: 0
        case .bottom: count - 1
        }
    }
}
