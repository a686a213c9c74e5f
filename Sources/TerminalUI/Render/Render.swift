import BrowserModel

/// Draws the whole browser for `state`: a pure function of state, theme and size. `keyMap` feeds the help
/// overlay and the key hints. Layout is computed once here; each part draws into its own region.
public func render(_ state: AppState, theme: Theme, into screen: any Screen, keyMap: KeyMap = .standard) {
    screen.clear(style: theme[.text])
    let layout = ScreenLayout(size: screen.size, state: state)
    let canvas = Canvas(screen)
    HeaderBar(breadcrumb: Breadcrumb.segments(of: state), user: state.user.map { SafeText($0.username) },
              warning: state.headerWarning.map { SafeText($0) })
        .draw(on: canvas.region(layout.header), theme: theme)
    if let area = layout.screen, let entry = state.topScreen {
        ScreenView(entry: entry).draw(on: canvas.region(area), theme: theme)
    }
    let panes: [(Rect?, any Widget)] = [
        (layout.banks, BankPaneView(state: state)),
        (layout.accounts, AccountPaneView(state: state)),
        (layout.transactions, TransactionPaneView(state: state)),
        (layout.detail, DetailPaneView(state: state)),
        (layout.chart, ChartPaneView(state: state)),
    ]
    for case let (area?, pane) in panes { pane.draw(on: canvas.region(area), theme: theme) }
    StatusBarView(state: state, keyMap: keyMap).bar.draw(on: canvas.region(layout.status), theme: theme)
    OverlayView(state: state, keyMap: keyMap).draw(layout: layout, on: canvas, theme: theme)
}
