import BrowserModel

/// What an empty pane says instead of rows: loading, the error, or that there is nothing.
enum PaneMessage {
    static func draw(_ text: SafeText, role: Role, on canvas: Canvas, theme: Theme) {
        canvas.put(text, row: 0, style: theme[role], overflow: .ellipsis)
    }

    /// Draws the message an empty list needs and returns true, or returns false when the list has rows.
    static func drawIfEmpty(count: Int, isLoading: Bool, error: String?, empty: SafeText, on canvas: Canvas,
                            theme: Theme) -> Bool {
        if let error, count == 0 {
            draw("✗ \(error)", role: .amountNegative, on: canvas, theme: theme)
            return true
        }
        guard count == 0 else { return false }
        draw(isLoading ? "loading…" : empty, role: .muted, on: canvas, theme: theme)
        return true
    }
}
