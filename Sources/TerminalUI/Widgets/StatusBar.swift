/// The bottom line: the last error when there is one, else what is loading and the key hints; the rate-limit
/// budget sits on the right.
public struct StatusBar {
    public var hints: [(key: String, label: String)]
    /// e.g. "loading page 3"; a spinner is drawn before it.
    public var activity: String?
    public var spinnerFrame: Int
    public var rateLimit: String?
    public var error: String?
    /// A transient note such as "tag saved".
    public var message: String?

    public init(hints: [(key: String, label: String)], activity: String? = nil, spinnerFrame: Int = 0,
                rateLimit: String? = nil, error: String? = nil, message: String? = nil) {
        self.hints = hints
        self.activity = activity
        self.spinnerFrame = spinnerFrame
        self.rateLimit = rateLimit
        self.error = error
        self.message = message
    }

    public static let spinner: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let bar = theme[.statusBar]
        screen.fill(row: rect.top, col: rect.left, count: rect.width, style: bar)
        let right = rateLimit.map { " \($0) " } ?? ""
        let rightWidth = min(DisplayWidth.columns(right), rect.width / 3)
        let room = rect.width - rightWidth
        var x = rect.left
        if let activity {
            let frame = StatusBar.spinner[spinnerFrame % StatusBar.spinner.count]
            x = screen.put(DisplayWidth.fit(" \(frame) \(activity) ", to: min(room, DisplayWidth.columns(activity) + 4)),
                           row: rect.top, col: x, style: bar)
        }
        if let error {
            let text = DisplayWidth.fit(" ✗ " + Sanitizer.clean(error) + " ", to: max(0, rect.left + room - x))
            screen.put(text, row: rect.top, col: x, style: theme[.error])
        } else if let message {
            screen.put(DisplayWidth.fit(" " + message, to: max(0, rect.left + room - x)), row: rect.top, col: x,
                       style: bar)
        } else {
            for hint in hints {
                let needed = DisplayWidth.columns(hint.key) + DisplayWidth.columns(hint.label) + 3
                if x + needed > rect.left + room { break }
                x = screen.put(" " + hint.key, row: rect.top, col: x, style: theme[.keyHint])
                x = screen.put(" " + hint.label + " ", row: rect.top, col: x, style: bar)
            }
        }
        if rightWidth > 0 {
            screen.put(DisplayWidth.fit(right, to: rightWidth, alignment: .right), row: rect.top,
                       col: rect.right - rightWidth, style: bar)
        }
    }
}
