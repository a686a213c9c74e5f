import BrowserModel
import Foundation

/// Balance over time as a block chart: one column per slice of time, eight steps per row.
public struct BalanceChart: Widget {
    /// Balances after each transaction, in any order.
    public var points: [(date: Date, balance: Double)]
    public var currency: SafeText

    public init(points: [(date: Date, balance: Double)], currency: SafeText) {
        self.points = points.sorted { $0.date < $1.date }
        self.currency = currency
    }

    private static let blocks: [SafeText] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func draw(on canvas: Canvas, theme: Theme) {
        guard canvas.height >= 3, canvas.width >= 12 else { return }
        guard points.count >= 2, let first = points.first, let last = points.last else {
            canvas.put("not enough balances loaded for a chart", row: 0, style: theme[.muted], overflow: .ellipsis)
            return
        }
        let low = points.map(\.balance).min()!
        let high = points.map(\.balance).max()!
        let highLabel = BalanceChart.format(high)
        let lowLabel = BalanceChart.format(low)
        let axisWidth = max(highLabel.columns, lowLabel.columns) + 1
        let plotWidth = canvas.width - axisWidth
        let plotHeight = canvas.height - 1
        guard plotWidth >= 4, plotHeight >= 1 else { return }
        let samples = BalanceChart.sample(points, columns: plotWidth, from: first.date, to: last.date)
        let span = high - low
        let steps = plotHeight * 8
        let chartStyle = theme[.chart]
        for (column, value) in samples.enumerated() {
            // A flat balance still draws a visible line of one step.
            let level = span > 0 ? Int(((value - low) / span * Double(steps - 1)).rounded()) + 1 : steps / 2
            for row in 0..<plotHeight {
                let fromBottom = plotHeight - 1 - row
                let filled = min(8, max(0, level - fromBottom * 8))
                canvas.put(BalanceChart.blocks[filled], row: row, col: axisWidth + column, style: chartStyle)
            }
        }
        let muted = theme[.muted]
        canvas.put(highLabel.fit(to: axisWidth - 1, alignment: .right), row: 0, style: muted)
        canvas.put(lowLabel.fit(to: axisWidth - 1, alignment: .right), row: plotHeight - 1, style: muted)
        let startLabel = BalanceChart.day(first.date)
        let endLabel = BalanceChart.day(last.date) + " " + currency
        canvas.put(startLabel.fit(to: max(0, plotWidth - endLabel.columns)) + endLabel, row: canvas.height - 1,
                   col: axisWidth, style: muted)
    }

    /// The balance at the end of each of `columns` equal slices of time: the last balance at or before it.
    static func sample(_ points: [(date: Date, balance: Double)], columns: Int, from start: Date, to end: Date)
        -> [Double] {
        let total = end.timeIntervalSince(start)
        var values: [Double] = []
        values.reserveCapacity(columns)
        var index = 0
        var current = points[0].balance
        for column in 0..<columns {
            let edge = total <= 0 ? end : start.addingTimeInterval(total * Double(column + 1) / Double(columns))
            while index < points.count, points[index].date <= edge {
                current = points[index].balance
                index += 1
            }
            values.append(current)
        }
        return values
    }

    static func format(_ value: Double) -> SafeText {
        let magnitude = abs(value)
        if magnitude >= 1_000_000 { return "\(String(format: "%.1fM", value / 1_000_000))" }
        if magnitude >= 10_000 { return "\(String(format: "%.0fk", value / 1_000))" }
        return "\(String(format: "%.0f", value))"
    }

    static func day(_ date: Date) -> SafeText {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return "\(String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0))"
    }
}
