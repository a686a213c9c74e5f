/// A list of choices in a box over the screen: the view picker, and the pickers to remove a tag or comment.
public struct PickerBox {
    public var title: String
    public var items: [PickerItem]
    public var selected: Int
    public var footer: String?

    public init(title: String, items: [PickerItem], selected: Int, footer: String? = nil) {
        self.title = title
        self.items = items
        self.selected = selected
        self.footer = footer
    }

    public func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let itemWidth = items.map { DisplayWidth.columns($0.title) + DisplayWidth.columns($0.detail) + 7 }.max() ?? 20
        let wanted = max(itemWidth, DisplayWidth.columns(title) + 8, DisplayWidth.columns(footer ?? "") + 4)
        let height = items.count + 2 + (footer == nil ? 0 : 1)
        let box = area.centered(height: max(3, height), width: max(24, min(wanted, area.width - 4)))
        screen.fill(box, style: theme[.text])
        let inner = PaneFrame.draw(in: box, title: title, focused: true, theme: theme, into: screen)
        guard !inner.isEmpty else { return }
        let titleWidth = min(items.map { DisplayWidth.columns($0.title) }.max() ?? 0, inner.width / 2)
        let listHeight = inner.height - (footer == nil ? 0 : 1)
        let start = max(0, min(selected - listHeight + 1, items.count - listHeight))
        for offset in 0..<max(0, listHeight) {
            let index = max(0, start) + offset
            guard index < items.count else { break }
            let item = items[index]
            let y = inner.top + offset
            let isSelected = index == selected
            let style = isSelected ? theme[.selection] : theme[.text]
            screen.fill(row: y, col: inner.left, count: inner.width, style: style)
            let marker = item.isCurrent ? "● " : "  "
            var x = screen.put(marker, row: y, col: inner.left, style: style)
            x = screen.put(DisplayWidth.fit(item.title, to: titleWidth), row: y, col: x, style: style)
            let detailWidth = inner.right - x - 2
            if detailWidth > 0, !item.detail.isEmpty {
                screen.put(DisplayWidth.fit(item.detail, to: detailWidth), row: y, col: x + 2,
                           style: isSelected ? style : theme[.muted])
            }
        }
        if let footer {
            screen.put(DisplayWidth.fit(footer, to: inner.width), row: inner.bottom - 1, col: inner.left,
                       style: theme[.muted])
        }
    }
}
