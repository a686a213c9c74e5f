import BrowserModel

/// Draws the whole browser for `state`: a pure function of state, theme and size. `keyMap` feeds the help
/// overlay and the key hints.
public func render(_ state: AppState, theme: Theme, into screen: any Screen, keyMap: KeyMap = .standard) {
    screen.clear(style: theme[.text])
    let layout = ScreenLayout(size: screen.size, state: state)
    HeaderBar(breadcrumb: Breadcrumb.segments(of: state), user: state.user.map { Sanitizer.clean($0.username) },
              warning: state.headerWarning)
        .draw(in: layout.header, theme: theme, into: screen)
    if let area = layout.screen, let entry = state.topScreen {
        ScreenView(entry: entry).draw(in: area, theme: theme, into: screen)
    }
    if let area = layout.banks { BankPaneView(state: state).draw(in: area, theme: theme, into: screen) }
    if let area = layout.accounts { AccountPaneView(state: state).draw(in: area, theme: theme, into: screen) }
    if let area = layout.transactions {
        TransactionPaneView(state: state).draw(in: area, theme: theme, into: screen)
    }
    if let area = layout.detail { DetailPaneView(state: state).draw(in: area, theme: theme, into: screen) }
    if let area = layout.chart { ChartPaneView(state: state).draw(in: area, theme: theme, into: screen) }
    StatusBarView(state: state, keyMap: keyMap).bar.draw(in: layout.status, theme: theme, into: screen)
    OverlayView(state: state, keyMap: keyMap).draw(layout: layout, theme: theme, into: screen)
}
