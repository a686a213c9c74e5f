import BrowserModel

/// The bottom line: the last error when there is one, else what is loading and the key hints; the rate-limit
/// budget sits on the right.
public struct StatusBar: Widget {
    public var hints: [(key: SafeText, label: SafeText)]
    /// e.g. "loading page 3"; a spinner is drawn before it.
    public var activity: SafeText?
    public var spinnerFrame: Int
    public var rateLimit: SafeText?
    public var error: SafeText?
    /// A transient note such as "tag saved".
    public var message: SafeText?

    public init(hints: [(key: SafeText, label: SafeText)], activity: SafeText? = nil, spinnerFrame: Int = 0,
                rateLimit: SafeText? = nil, error: SafeText? = nil, message: SafeText? = nil) {
        self.hints = hints
        self.activity = activity
        self.spinnerFrame = spinnerFrame
        self.rateLimit = rateLimit
        self.error = error
        self.message = message
    }

    public static let spinner: [SafeText] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    public func draw(on canvas: Canvas, theme: Theme) {
        guard !canvas.isEmpty else { return }
        let bar = theme[.statusBar]
        canvas.fill(row: 0, style: bar)
        let right: SafeText = rateLimit.map { " \($0) " } ?? ""
        let rightWidth = min(right.columns, canvas.width / 3)
        // Everything but the right side goes here, cut at its edge.
        let left = canvas.region(Rect(top: 0, left: 0, height: 1, width: canvas.width - rightWidth))
        var x = 0
        if let activity {
            let frame = StatusBar.spinner[spinnerFrame % StatusBar.spinner.count]
            x = left.put((" \(frame) \(activity) " as SafeText).fit(to: min(left.width, activity.columns + 4)), row: 0, style: bar)
        }
        if let error {
            let whole: SafeText = " ✗ \(error) "
            let more: SafeText = " ! shows it all "
            if whole.columns > left.width - x, left.width - x > more.columns + 10 {
                // Cut, but saying where the rest is.
                let cut = left.put(whole.fit(to: left.width - x - more.columns), row: 0, col: x, style: theme[.error])
                left.put(more, row: 0, col: cut, style: theme[.error])
            } else {
                left.put(whole, row: 0, col: x, style: theme[.error], overflow: .ellipsis)
            }
        } else if let message {
            left.put(" " + message, row: 0, col: x, style: bar, overflow: .ellipsis)
        } else {
            for hint in hints {
                if x + hint.key.columns + hint.label.columns + 3 > left.width { break }
                x = left.put(" " + hint.key, row: 0, col: x, style: theme[.keyHint])
                x = left.put(" \(hint.label) ", row: 0, col: x, style: bar)
            }
        }
        if rightWidth > 0 {
            canvas.put(right.fit(to: rightWidth, alignment: .right), row: 0, col: canvas.width - rightWidth, style: bar)
        }
    }
}
