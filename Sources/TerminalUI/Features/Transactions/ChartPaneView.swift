import BrowserModel

/// The balance-over-time chart of the open account, from the transactions loaded so far.
struct ChartPaneView {
    let state: AppState

    func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let list = state.transactions
        let inner = PaneFrame.draw(in: area, title: "Balance over time (\(list.count) loaded)", focused: false,
                                   theme: theme, into: screen)
        // A few points per column is plenty: the chart samples by time, one column per slice.
        let series = BalanceSeries(list, maxPoints: max(2, inner.width * 4))
        if series.isHiddenByView {
            PaneMessage.draw("this view hides balances", role: .hiddenByView, in: inner, theme: theme, into: screen)
            return
        }
        BalanceChart(points: series.points.map { ($0.date, $0.balance) },
                     currency: Sanitizer.clean(series.currency ?? ""))
            .draw(in: inner, theme: theme, into: screen)
    }
}
