import BrowserModel

/// A list of choices in a box over the screen: the view picker, and the pickers to remove a tag or comment.
public struct PickerBox: Widget {
    public var title: SafeText
    public var items: [PickerItem]
    public var selected: Int
    public var footer: SafeText?

    public init(title: SafeText, items: [PickerItem], selected: Int, footer: SafeText? = nil) {
        self.title = title
        self.items = items
        self.selected = selected
        self.footer = footer
    }

    /// Draws the box centred in the canvas.
    public func draw(on canvas: Canvas, theme: Theme) {
        let itemWidth = items.map { $0.title.columns + $0.detail.columns + 7 }.max() ?? 20
        let wanted = max(itemWidth, title.columns + 8, (footer?.columns ?? 0) + 4)
        let height = items.count + 2 + (footer == nil ? 0 : 1)
        let box = canvas.region(canvas.bounds.centered(height: max(3, height),
                                                       width: max(24, min(wanted, canvas.width - 4))))
        box.fill(style: theme[.text])
        let inner = PaneFrame(title: title, focused: true).draw(on: box, theme: theme)
        guard !inner.isEmpty else { return }
        // A long title (a comment to delete) takes what the details leave, never less than half: two comments
        // that begin alike must still be told apart.
        let detailWidth = items.map(\.detail.columns).max() ?? 0
        let titleWidth = min(items.map(\.title.columns).max() ?? 0,
                             max(inner.width / 2, inner.width - 2 - (detailWidth == 0 ? 0 : detailWidth + 2)))
        let listHeight = inner.height - (footer == nil ? 0 : 1)
        let start = max(0, min(selected - listHeight + 1, items.count - listHeight))
        for (y, (index, item)) in items.enumerated().dropFirst(start).prefix(max(0, listHeight)).enumerated() {
            let isSelected = index == selected
            let style = isSelected ? theme[.selection] : theme[.text]
            inner.fill(row: y, style: style)
            var x = inner.put(item.isCurrent ? "● " : "  ", row: y, style: style)
            x = inner.put(item.title.fit(to: titleWidth), row: y, col: x, style: style)
            if inner.width - x - 2 > 0, !item.detail.isEmpty {
                inner.put(item.detail, row: y, col: x + 2, style: isSelected ? style : theme[.muted], overflow: .ellipsis)
            }
        }
        if let footer {
            inner.put(footer, row: inner.height - 1, style: theme[.muted], overflow: .ellipsis)
        }
    }
}
