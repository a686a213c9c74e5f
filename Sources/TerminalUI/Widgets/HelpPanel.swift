import BrowserModel

/// Every key in the key map, in a box over the screen, narrowed by what the user types.
public struct HelpPanel {
    public var keyMap: KeyMap
    public var filter: LineEditor
    public var scroll: Int

    public init(keyMap: KeyMap, filter: LineEditor = LineEditor(), scroll: Int = 0) {
        self.keyMap = keyMap
        self.filter = filter
        self.scroll = scroll
    }

    public func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let bindings = keyMap.bindings(matching: filter.text)
        let keyWidth = keyMap.bindings.map { DisplayWidth.columns($0.keyLabel) }.max() ?? 10
        let summaryWidth = keyMap.bindings.map { DisplayWidth.columns($0.summary) }.max() ?? 30
        let box = area.centered(height: keyMap.bindings.count + 4, width: keyWidth + summaryWidth + 6)
        screen.fill(box, style: theme[.text])
        let inner = PaneFrame.draw(in: box, title: "Keys", focused: true, theme: theme, into: screen)
        guard !inner.isEmpty else { return }
        PromptLine(label: "Filter:", line: filter).draw(in: Rect(top: inner.top, left: inner.left, height: 1,
                                                                 width: inner.width), theme: theme, into: screen)
        let listTop = inner.top + 2
        let rows = inner.bottom - listTop
        guard rows > 0 else { return }
        if bindings.isEmpty {
            screen.put(DisplayWidth.fit("no key matches", to: inner.width), row: listTop, col: inner.left,
                       style: theme[.muted])
            return
        }
        let shownKeyWidth = min(keyWidth, inner.width / 3)
        let start = max(0, min(scroll, bindings.count - rows))
        for offset in 0..<rows {
            let index = start + offset
            guard index < bindings.count else { break }
            let binding = bindings[index]
            let y = listTop + offset
            screen.put(DisplayWidth.fit(binding.keyLabel, to: shownKeyWidth), row: y, col: inner.left,
                       style: theme[.keyHint].onPlainBackground(theme))
            let x = inner.left + shownKeyWidth + 2
            screen.put(DisplayWidth.fit(binding.summary, to: max(0, inner.right - x)), row: y, col: x,
                       style: theme[.text])
        }
        let hidden = bindings.count - (start + rows)
        if hidden > 0 {
            let more = " ↓ \(hidden) more "
            screen.put(DisplayWidth.prefix(more, columns: max(0, inner.width - 2)), row: inner.bottom,
                       col: inner.left + 2, style: theme[.focusedBorder])
        }
    }
}

extension Style {
    /// A bar role's foreground on the pane background, for text that must look like a key outside the bar.
    func onPlainBackground(_ theme: Theme) -> Style {
        var style = self
        style.foreground = self.background == .default ? self.foreground : theme[.focusedBorder].foreground
        style.background = .default
        return style
    }
}
