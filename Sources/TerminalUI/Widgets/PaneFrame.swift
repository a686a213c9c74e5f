/// A bordered pane with a title in its top edge. The focused pane's border uses its own role.
public enum PaneFrame {
    /// Draws the border and returns the area inside it.
    @discardableResult
    public static func draw(in rect: Rect, title: String, focused: Bool, theme: Theme,
                            into screen: any Screen) -> Rect {
        guard rect.height >= 2, rect.width >= 2 else { return Rect(top: rect.top, left: rect.left, height: 0, width: 0) }
        let border = theme[focused ? .focusedBorder : .paneBorder]
        let inner = rect.width - 2
        screen.put("┌" + String(repeating: "─", count: inner) + "┐", row: rect.top, col: rect.left, style: border)
        for row in (rect.top + 1)..<(rect.bottom - 1) {
            screen.put("│", row: row, col: rect.left, style: border)
            screen.put("│", row: row, col: rect.right - 1, style: border)
        }
        screen.put("└" + String(repeating: "─", count: inner) + "┘", row: rect.bottom - 1, col: rect.left,
                   style: border)
        if inner >= 4, !title.isEmpty {
            var titleStyle = theme[.title]
            if focused { titleStyle = theme[.focusedBorder] }
            let text = DisplayWidth.fit(" " + title + " ", to: min(inner - 1, DisplayWidth.columns(title) + 2))
            screen.put(text, row: rect.top, col: rect.left + 2, style: titleStyle)
        }
        return rect.inset(by: 1)
    }
}
