extension AppState {
    /// A click selects as the arrow keys would have, so loading, prefetching and the detail follow the same path;
    /// a double click then opens like Enter. Clicks under an open overlay are ignored: the overlay has the keys.
    mutating func point(_ pointer: Pointer) -> [Effect] {
        switch pointer {
        case .wheel(let rows):
            return move(.by(rows))
        case .row(let pane, let index, let open):
            guard overlay == nil, topScreen == nil, pane <= depth else { return [] }
            focus = pane
            var effects = move(.by(index - selectedIndex(in: pane)))
            if open { effects += self.open() }
            return effects
        case .screenRow(let index, let open):
            guard overlay == nil, let top = topScreen else { return [] }
            var effects = signalTop(.move(.by(index - (top.screen.presentation.selectedRow ?? 0))))
            if open { effects += signalTop(.open) }
            return effects
        case .pane(let pane):
            guard overlay == nil, topScreen == nil, pane <= depth else { return [] }
            focus = pane
            return []
        }
    }

    private func selectedIndex(in pane: Pane) -> Int {
        switch pane {
        case .banks: banks.selection.index
        case .accounts: accounts.selection.index
        case .transactions: transactions.selection.index
        case .detail: 0
        }
    }
}
