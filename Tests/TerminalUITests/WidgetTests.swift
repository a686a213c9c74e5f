import Foundation
import Testing
@testable import TerminalUI

struct WidgetTests {
    @Test func columnsDropLowestPriorityFirstAndFillTheWidth() {
        let columns = [
            TableColumn("A", width: .fixed(10), priority: 3),
            TableColumn("B", width: .flexible(minimum: 5, weight: 1), priority: 2),
            TableColumn("C", width: .fixed(8), priority: 1),
        ]
        let wide = TableColumn.layout(columns, total: 40)
        #expect(wide == [10, 20, 8])
        let narrow = TableColumn.layout(columns, total: 18)
        #expect(narrow[2] == 0)
        #expect(narrow[0] + narrow[1] + 1 == 18)
    }

    @Test func theTableBuildsOnlyTheRowsOnScreen() {
        var asked: [Int] = []
        let screen = BufferScreen(rows: 6, cols: 20)
        let table = Table(columns: [TableColumn("N", width: .flexible(minimum: 1, weight: 1))], rowCount: 100_000,
                          selected: 500, scroll: 498) { index in
            asked.append(index)
            return [TableCell("row \(index)")]
        }
        table.draw(in: Rect(top: 0, left: 0, height: 6, width: 20), theme: .builtIn, focused: true, into: screen)
        #expect(asked == [498, 499, 500, 501, 502])
    }

    @Test func detailValuesWrapAtSpacesAndNeverLoop() {
        #expect(DetailView.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(DetailView.wrap("日本語", width: 1) == ["日", "本", "語"])
        #expect(DetailView.wrap("", width: 5) == [""])
    }

    @Test func theChartSpansItsAreaWithAxisLabels() {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let points = (0..<30).map { (start.addingTimeInterval(Double($0) * 86_400), Double($0 * 100)) }
        let screen = BufferScreen(rows: 6, cols: 40)
        BalanceChart(points: points, currency: "EUR").draw(in: Rect(top: 0, left: 0, height: 6, width: 40),
                                                             theme: .builtIn, into: screen)
        let lines = screen.text().components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("2900"))
        #expect(lines[5].contains("2023-11-14") && lines[5].hasSuffix("EUR"))
        #expect(lines[4].contains("█"))
    }

    @Test func thePromptKeepsTheCursorInViewForLongText() {
        let screen = BufferScreen(rows: 1, cols: 20)
        PromptLine(label: "Comment:", text: String(repeating: "x", count: 40) + "END")
            .draw(in: Rect(top: 0, left: 0, height: 1, width: 20), theme: .builtIn, into: screen)
        #expect(screen.text().hasSuffix("END"))
        #expect(screen.text().contains("…"))
    }

    @Test func theStatusBarPutsTheErrorFirstAndSanitisesIt() {
        let screen = BufferScreen(rows: 1, cols: 60)
        StatusBar(hints: [("?", "help")], error: "OBP-50000: boom\u{1B}]0;pwned\u{07}")
            .draw(in: Rect(top: 0, left: 0, height: 1, width: 60), theme: .builtIn, into: screen)
        let text = screen.text()
        #expect(text.contains("OBP-50000: boom␛]0;pwned␇"))
        #expect(!text.contains("help"))
    }
}
