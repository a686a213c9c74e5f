/// What an empty pane says instead of rows: loading, the error, or that there is nothing.
enum PaneMessage {
    static func draw(_ text: String, role: Role, in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        screen.put(DisplayWidth.fit(Sanitizer.clean(text), to: rect.width), row: rect.top, col: rect.left,
                   style: theme[role])
    }

    /// Draws the message an empty list needs and returns true, or returns false when the list has rows.
    static func drawIfEmpty(count: Int, isLoading: Bool, error: String?, empty: String, in rect: Rect,
                            theme: Theme, into screen: any Screen) -> Bool {
        if let error, count == 0 {
            draw("✗ " + error, role: .amountNegative, in: rect, theme: theme, into: screen)
            return true
        }
        guard count == 0 else { return false }
        draw(isLoading ? "loading…" : empty, role: .muted, in: rect, theme: theme, into: screen)
        return true
    }
}
