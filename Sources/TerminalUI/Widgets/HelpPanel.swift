import BankKit
import BrowserModel

/// Every key that does something here, in a box over the screen, narrowed by the filter typed after `/` and
/// scrolled by the move keys when the list is taller than the box. On a screen opened over the browser its own
/// keys come first, then the browser's keys that still work there.
public struct HelpPanel: Widget {
    struct Entry {
        var keyLabel: SafeText
        var summary: SafeText
    }

    let entries: [Entry]
    public var help: HelpOverlay

    public init(keyMap: KeyMap, capabilities: ProviderCapabilities, help: HelpOverlay = HelpOverlay(),
                screen: (any ScreenFeature)? = nil) {
        let browser = keyMap.available(for: capabilities).bindings.filter {
            screen == nil || $0.command.worksOnScreens && ($0.command != .open || screen?.openLabel != nil)
        }
        let own = screen?.helpEntries.map {
            Entry(keyLabel: SafeText($0.keys.map(\.label).joined(separator: " / ")), summary: SafeText($0.summary))
        }
        self.entries = (own ?? []) + browser.map { Entry(keyLabel: SafeText($0.keyLabel), summary: SafeText($0.summary)) }
        self.help = help
    }

    /// The keys the filter leaves.
    var shown: [Entry] {
        let needle = help.filter.text.lowercased()
        guard !needle.isEmpty else { return entries }
        return entries.filter {
            $0.summary.string.lowercased().contains(needle) || $0.keyLabel.string.lowercased().contains(needle)
        }
    }

    /// The box: high enough for every key (so filtering does not make it jump), at most `area`.
    private func box(in area: Rect) -> Rect {
        let keyWidth = entries.map(\.keyLabel.columns).max() ?? 10
        let summaryWidth = entries.map(\.summary.columns).max() ?? 30
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

    public func draw(on canvas: Canvas, theme: Theme) {
        let area = canvas.bounds
        let box = canvas.region(box(in: area))
        box.fill(style: theme[.text])
        let inner = PaneFrame(title: "Keys", focused: true).draw(on: box, theme: theme)
        guard !inner.isEmpty else { return }
        drawFilter(on: inner.row(0), theme: theme)
        let list = canvas.region(list(in: area))
        guard list.height > 0 else { return }
        let bindings = shown
        if bindings.isEmpty {
            list.put("no key matches", row: 0, style: theme[.muted], overflow: .ellipsis)
            return
        }
        let keyWidth = min(entries.map(\.keyLabel.columns).max() ?? 10, list.width / 3)
        let start = max(0, min(help.scroll, bindings.count - list.height))
        for (y, binding) in bindings.dropFirst(start).prefix(list.height).enumerated() {
            list.put(binding.keyLabel.fit(to: keyWidth), row: y, style: theme[.keyHint].onPlainBackground(theme))
            list.put(binding.summary, row: y, col: keyWidth + 2, style: theme[.text], overflow: .ellipsis)
        }
        let below = bindings.count - (start + list.height)
        let marks = [start > 0 ? "↑ \(start) more" : nil, below > 0 ? "↓ \(below) more" : nil].compactMap { $0 }
        if !marks.isEmpty {
            // On the bottom border, kept off its corners.
            box.region(Rect(top: box.height - 1, left: 3, height: 1, width: max(0, inner.width - 2)))
                .put(" \(marks.joined(separator: " · ")) ", row: 0, style: theme[.focusedBorder])
        }
    }

    /// The filter with its cursor while it is typed; else the filter kept, or how to start one.
    private func drawFilter(on line: Canvas, theme: Theme) {
        if help.isFiltering {
            PromptLine(label: "Filter:", line: help.filter).draw(on: line, theme: theme)
            return
        }
        let text: SafeText = help.filter.text.isEmpty
            ? "/ filter · ↑↓ j k PgUp PgDn g G scroll · Esc close"
            : "Filter: \(help.filter.text) · Esc clears"
        line.put(text, row: 0, style: theme[help.filter.text.isEmpty ? .muted : .title], overflow: .ellipsis)
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
