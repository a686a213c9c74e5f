import BrowserModel

/// A bordered pane with a title in its top edge. The focused pane's border uses its own role.
public struct PaneFrame {
    public var title: SafeText
    public var focused: Bool

    public init(title: SafeText, focused: Bool) {
        self.title = title
        self.focused = focused
    }

    /// Draws the border and returns the region inside it.
    @discardableResult
    public func draw(on canvas: Canvas, theme: Theme) -> Canvas {
        guard canvas.height >= 2, canvas.width >= 2 else { return canvas.region(Rect(top: 0, left: 0, height: 0, width: 0)) }
        let border = theme[focused ? .focusedBorder : .paneBorder]
        let inner = canvas.width - 2
        let line = SafeText.repeating("─", count: inner)
        canvas.put("┌" + line + "┐", row: 0, style: border)
        for row in 1..<(canvas.height - 1) {
            canvas.put("│", row: row, style: border)
            canvas.put("│", row: row, col: canvas.width - 1, style: border)
        }
        canvas.put("└" + line + "┘", row: canvas.height - 1, style: border)
        if inner >= 4, !title.isEmpty {
            let titleStyle = focused ? theme[.focusedBorder] : theme[.title]
            canvas.put((" " + title + " ").fit(to: min(inner - 1, title.columns + 2)), row: 0, col: 2, style: titleStyle)
        }
        return canvas.region(canvas.bounds.inset(by: 1))
    }
}
