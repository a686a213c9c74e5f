import BrowserModel

/// The balance-over-time chart of the open account, from the transactions loaded so far.
struct ChartPaneView: Widget {
    let state: AppState

    func draw(on canvas: Canvas, theme: Theme) {
        let list = state.transactions
        let inner = PaneFrame(title: "Balance over time (\(list.count) loaded)", focused: false)
            .draw(on: canvas, theme: theme)
        // A few points per column is plenty: the chart samples by time, one column per slice.
        let series = BalanceSeries(list, maxPoints: max(2, inner.width * 4))
        if series.isHiddenByView {
            PaneMessage.draw("this view hides balances", role: .hiddenByView, on: inner, theme: theme)
            return
        }
        BalanceChart(points: series.points.map { ($0.date, $0.balance) },
                     currency: SafeText(series.currency ?? ""))
            .draw(on: inner, theme: theme)
    }
}
