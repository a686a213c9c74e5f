import BankKit
import BrowserModel

/// Every key that does something here, in a box over the screen, narrowed by the filter typed after `/` and
/// scrolled by the move keys when the list is taller than the box. On a screen opened over the browser its own
/// keys come first, then the browser's keys that still work there.
public struct HelpPanel {
    struct Entry {
        var keyLabel: String
        var summary: String
    }

    let entries: [Entry]
    public var help: HelpOverlay

    public init(keyMap: KeyMap, capabilities: ProviderCapabilities, help: HelpOverlay = HelpOverlay(),
                screen: (any ScreenFeature)? = nil) {
        let browser = keyMap.available(for: capabilities).bindings.filter { screen == nil || $0.command.worksOnScreens }
        let own = screen?.helpEntries.map { Entry(keyLabel: $0.keys.map(\.label).joined(separator: " / "), summary: $0.summary) }
        self.entries = (own ?? []) + browser.map { Entry(keyLabel: $0.keyLabel, summary: $0.summary) }
        self.help = help
    }

    /// The keys the filter leaves.
    var shown: [Entry] {
        let needle = help.filter.text.lowercased()
        guard !needle.isEmpty else { return entries }
        return entries.filter { $0.summary.lowercased().contains(needle) || $0.keyLabel.lowercased().contains(needle) }
    }

    /// The box: high enough for every key (so filtering does not make it jump), at most `area`.
    private func box(in area: Rect) -> Rect {
        let keyWidth = entries.map { DisplayWidth.columns($0.keyLabel) }.max() ?? 10
        let summaryWidth = entries.map { DisplayWidth.columns($0.summary) }.max() ?? 30
        return area.centered(height: entries.count + 4, width: keyWidth + summaryWidth + 6)
    }

    /// The rows under the filter line and its gap that list keys.
    private func list(in area: Rect) -> Rect {
        let inner = box(in: area).inset(by: 1)
        return Rect(top: inner.top + 2, left: inner.left, height: max(0, inner.height - 2), width: inner.width)
    }

    /// The keys shown and the rows for them in `area`, for the model's scrolling.
    public func extent(in area: Rect) -> ScrollExtent {
        ScrollExtent(lines: shown.count, rows: list(in: area).height)
    }

    public func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let box = box(in: area)
        screen.fill(box, style: theme[.text])
        let inner = PaneFrame.draw(in: box, title: "Keys", focused: true, theme: theme, into: screen)
        guard !inner.isEmpty else { return }
        drawFilter(in: Rect(top: inner.top, left: inner.left, height: 1, width: inner.width), theme: theme,
                   into: screen)
        let list = list(in: area)
        guard list.height > 0 else { return }
        let bindings = shown
        if bindings.isEmpty {
            screen.put(DisplayWidth.fit("no key matches", to: list.width), row: list.top, col: list.left,
                       style: theme[.muted])
            return
        }
        let keyWidth = min(entries.map { DisplayWidth.columns($0.keyLabel) }.max() ?? 10, list.width / 3)
        let start = max(0, min(help.scroll, bindings.count - list.height))
        for (offset, binding) in bindings.dropFirst(start).prefix(list.height).enumerated() {
            let y = list.top + offset
            screen.put(DisplayWidth.fit(binding.keyLabel, to: keyWidth), row: y, col: list.left,
                       style: theme[.keyHint].onPlainBackground(theme))
            let x = list.left + keyWidth + 2
            screen.put(DisplayWidth.fit(binding.summary, to: max(0, list.right - x)), row: y, col: x,
                       style: theme[.text])
        }
        let below = bindings.count - (start + list.height)
        let marks = [start > 0 ? "↑ \(start) more" : nil, below > 0 ? "↓ \(below) more" : nil].compactMap { $0 }
        if !marks.isEmpty {
            screen.put(DisplayWidth.prefix(" " + marks.joined(separator: " · ") + " ", columns: max(0, inner.width - 2)),
                       row: inner.bottom, col: inner.left + 2, style: theme[.focusedBorder])
        }
    }

    /// The filter with its cursor while it is typed; else the filter kept, or how to start one.
    private func drawFilter(in line: Rect, theme: Theme, into screen: any Screen) {
        if help.isFiltering {
            PromptLine(label: "Filter:", line: help.filter).draw(in: line, theme: theme, into: screen)
            return
        }
        let text = help.filter.text.isEmpty
            ? "/ filter · ↑↓ j k PgUp PgDn g G scroll · Esc close"
            : "Filter: " + Sanitizer.clean(help.filter.text) + " · Esc clears"
        screen.put(DisplayWidth.fit(text, to: line.width), row: line.top, col: line.left,
                   style: theme[help.filter.text.isEmpty ? .muted : .title])
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
