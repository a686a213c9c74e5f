import BrowserModel

/// Turns a mouse event into what it means in the model, from the same layout the frame was drawn with: which
/// pane or screen row is under the pointer. A second press on the same cell soon after the first is a double
/// click, timed here because curses is told not to hold presses back (see `bt_mouse_enable`).
struct PointerPlacement {
    /// Rows one wheel notch moves, as in most terminal programs.
    static let wheelRows = 3
    /// The longest gap between the two presses of a double click.
    static let doubleClickInterval = Duration.milliseconds(400)

    private var lastPress: (row: Int, col: Int, at: ContinuousClock.Instant)?

    mutating func pointer(for event: MouseEvent, at time: ContinuousClock.Instant = .now, size: Size,
                          state: AppState) -> Pointer? {
        switch event.kind {
        case .wheelUp: return .wheel(-Self.wheelRows)
        case .wheelDown: return .wheel(Self.wheelRows)
        case .press: break
        }
        let double = lastPress.map {
            $0.row == event.row && $0.col == event.col && time - $0.at <= Self.doubleClickInterval
        } ?? false
        // A third press starts over rather than being a second double click.
        lastPress = double ? nil : (event.row, event.col, time)
        return Self.place(row: event.row, col: event.col, open: double, size: size, state: state)
    }

    static func place(row: Int, col: Int, open: Bool, size: Size, state: AppState) -> Pointer? {
        let layout = ScreenLayout(size: size, state: state)
        if let area = layout.screen, let entry = state.topScreen {
            let presentation = entry.screen.presentation
            guard let list = ScreenView.listArea(in: area, entry: entry),
                  let offset = tableRow(row: row, col: col, in: list) else { return nil }
            let index = presentation.firstRow + offset
            return index < presentation.rowCount ? .screenRow(index: index, open: open) : nil
        }
        let panes: [(Pane, Rect?, ListSelection, Int)] = [
            (.banks, layout.banks, state.banks.selection, state.banks.items.count),
            (.accounts, layout.accounts, state.accounts.selection, state.accounts.items.count),
            (.transactions, layout.transactions, state.transactions.selection, state.transactions.displayedCount),
        ]
        for (pane, area, selection, count) in panes {
            guard let area, area.contains(row: row, col: col) else { continue }
            guard let offset = tableRow(row: row, col: col, in: area) else { return .pane(pane) }
            let index = min(selection.scroll, max(0, count - 1)) + offset
            return index < count ? .row(pane, index: index, open: open) : .pane(pane)
        }
        if let detail = layout.detail, detail.contains(row: row, col: col) { return .pane(.detail) }
        return nil
    }

    /// The data row under the pointer in a framed table (border, then the header row), counted from the first
    /// row shown; nil on the frame or the header.
    private static func tableRow(row: Int, col: Int, in area: Rect) -> Int? {
        let inner = area.inset(by: 1)
        guard inner.contains(row: row, col: col), row > inner.top else { return nil }
        return row - inner.top - 1
    }
}
