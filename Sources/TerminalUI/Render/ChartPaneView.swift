import BankKit
import BrowserModel
import Foundation

/// The balance-over-time chart of the open account, from the transactions loaded so far.
struct ChartPaneView {
    let state: AppState

    func draw(in area: Rect, theme: Theme, into screen: any Screen) {
        let list = state.transactions
        let inner = PaneFrame.draw(in: area, title: "Balance over time (\(list.count) loaded)", focused: false,
                                   theme: theme, into: screen)
        var points: [(date: Date, balance: Double)] = []
        var currency = ""
        points.reserveCapacity(list.count)
        for index in 0..<list.count {
            let tx = list.transaction(at: index)
            guard let balance = tx.newBalance, let date = tx.posted ?? tx.completed else { continue }
            points.append((date, NSDecimalNumber(decimal: balance.amount).doubleValue))
            currency = balance.currency
        }
        if points.count < 2 && list.count > 0 && points.isEmpty {
            PaneMessage.draw("this view hides balances", role: .hiddenByView, in: inner, theme: theme, into: screen)
            return
        }
        BalanceChart(points: points, currency: Sanitizer.clean(currency)).draw(in: inner, theme: theme, into: screen)
    }
}
