import Foundation
import BrowserModel
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

    /// A widget draws in its own coordinates and cannot reach past its region: text running off either side, a
    /// row below it, and a wide character across its edge all stay inside.
    @Test func aCanvasClipsEverythingToItsRegion() {
        let screen = BufferScreen(rows: 4, cols: 12)
        let canvas = Canvas(screen, area: Rect(top: 1, left: 2, height: 2, width: 6))
        canvas.put("abcdefghij", row: 0, style: Style())
        canvas.put("xyz", row: 1, col: -1, style: Style())
        canvas.put("123日", row: 1, col: 2, style: Style())
        canvas.put("never", row: 2, style: Style())
        canvas.region(Rect(top: 0, left: 4, height: 5, width: 9)).put("long text", row: 0, style: Style())
        #expect(screen.text() == "\n  abcdlo\n  yz123\n")
        canvas.put("abcdefghij", row: 0, style: Style(), overflow: .ellipsis)
        #expect(screen.text().split(separator: "\n", omittingEmptySubsequences: false)[1] == "  abcde…")
    }

    /// Two long comments that begin alike, in the picker that deletes one: each shows past where they differ, with
    /// its author beside it, where half the box cut both at the same words.
    @Test func aPickerGivesLongTitlesTheRoomItsDetailsLeave() {
        let screen = BufferScreen(rows: 8, cols: 80)
        let shared = "paid back in cash on the Friday after the trip, minus the "
        PickerBox(title: "Delete which comment?",
                  items: [PickerItem(SafeText(shared + "parking fee"), detail: "aino"),
                          PickerItem(SafeText(shared + "ferry tickets"), detail: "aino")],
                  selected: 0).draw(on: Canvas(screen, area: Rect(top: 0, left: 0, height: 8, width: 80)), theme: .builtIn)
        let text = screen.text()
        #expect(text.contains("minus the parking…  aino"))
        #expect(text.contains("minus the ferry t…  aino"))
    }

    @Test func theTableBuildsOnlyTheRowsOnScreen() {
        var asked: [Int] = []
        let screen = BufferScreen(rows: 6, cols: 20)
        let table = Table(columns: [TableColumn("N", width: .flexible(minimum: 1, weight: 1))], rowCount: 100_000,
                          selected: 500, scroll: 498, focused: true) { index in
            asked.append(index)
            return [TableCell("row \(index)")]
        }
        table.draw(in: Rect(top: 0, left: 0, height: 6, width: 20), theme: .builtIn, into: screen)
        #expect(asked == [498, 499, 500, 501, 502])
    }

    @Test func detailValuesWrapAtSpacesAndNeverLoop() {
        #expect(DetailView.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(DetailView.wrap("日本語", width: 1) == ["日", "本", "語"])
        #expect(DetailView.wrap("", width: 5) == [""])
        // A JSON line's nesting starts each piece, so the rest does not read as one level up.
        #expect(DetailView.wrap("    \"provider\": \"http://x\"", width: 16) == ["    \"provider\":", "    \"http://x\""])
        #expect(DetailView.wrap("          deep", width: 8) == ["    deep"], "at most half the width of it")
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

    @Test func theSelectedDetailLineIsHighlightedOnEveryRowItWrapsToAndScrolledIntoView() {
        let lines = [DetailLine("URL", "https://example.com/a/very/long/path that wraps"), DetailLine("Alias", "x"),
                     DetailLine("More", "a b c d e f g h i j k l m n o p q r s t")]
        let screen = BufferScreen(rows: 3, cols: 24)
        DetailView(lines: lines, selected: 2).draw(in: Rect(top: 0, left: 0, height: 3, width: 24), theme: .builtIn,
                                                   into: screen)
        let rows = screen.text().components(separatedBy: "\n")
        let selection = Theme.builtIn[.selection]
        let more = rows.firstIndex { $0.hasPrefix("More") }
        #expect(more != nil, "the selected line is scrolled into view: \(rows)")
        for row in 0..<3 {
            let highlighted = screen.style(row: row, col: 0) == selection
            #expect(highlighted == (row >= (more ?? 0)), "row \(row): \(rows[row])")
        }
    }

    @Test func thePromptKeepsTheCursorInViewForLongText() {
        let screen = BufferScreen(rows: 1, cols: 20)
        PromptLine(label: "Comment:", line: LineEditor(String(repeating: "x", count: 40) + "END"))
            .draw(in: Rect(top: 0, left: 0, height: 1, width: 20), theme: .builtIn, into: screen)
        #expect(screen.text().hasSuffix("END"))
        #expect(screen.text().contains("…"))
    }

    /// The column of the reversed (cursor) cell on row 0.
    private func cursorColumn(_ screen: BufferScreen, cols: Int) -> Int? {
        (0..<cols).first { screen.style(row: 0, col: $0).reverse }
    }

    @Test func thePromptShowsTheCursorWhereItIsInWideText() throws {
        var line = LineEditor("日本 café ☕ x")
        for _ in 0..<4 { line.apply(.left) }
        let screen = BufferScreen(rows: 1, cols: 40)
        PromptLine(label: "Tag:", line: line).draw(in: Rect(top: 0, left: 0, height: 1, width: 40), theme: .builtIn,
                                                 into: screen)
        #expect(screen.text() == "Tag: 日本 café ☕ x")
        // "Tag: " is 5 columns, 日本 4, " café" 5: the cursor is on the space before ☕, at column 14.
        #expect(cursorColumn(screen, cols: 40) == 14)
        line.apply(.right)
        PromptLine(label: "Tag:", line: line).draw(in: Rect(top: 0, left: 0, height: 1, width: 40), theme: .builtIn,
                                                 into: screen)
        #expect(cursorColumn(screen, cols: 40) == 15)
        #expect(screen.style(row: 0, col: 16).reverse, "the cursor covers both columns of ☕")
    }

    @Test func aLongPromptScrollsToKeepTheCursorAndShowsWhatFollows() throws {
        var line = LineEditor(String(repeating: "a", count: 30) + "MIDDLE" + String(repeating: "z", count: 30))
        for _ in 0..<33 { line.apply(.left) }
        let screen = BufferScreen(rows: 1, cols: 30)
        PromptLine(label: ":", line: line).draw(in: Rect(top: 0, left: 0, height: 1, width: 30), theme: .builtIn,
                                              into: screen)
        let text = screen.text()
        #expect(text.hasPrefix(": …"))
        #expect(text.hasSuffix("z…"))
        #expect(text.contains("MID"))
        let cursor = try #require(cursorColumn(screen, cols: 30))
        #expect(Array(text)[cursor] == "D")
        #expect(DisplayWidth.columns(text) == 30)
        line.apply(.home)
        PromptLine(label: ":", line: line).draw(in: Rect(top: 0, left: 0, height: 1, width: 30), theme: .builtIn,
                                              into: screen)
        #expect(screen.text().hasPrefix(": aaa"))
        #expect(cursorColumn(screen, cols: 30) == 2)
    }

    @Test func aWideCharacterIsNeverCutByTheScrolledEdge() {
        var line = LineEditor(String(repeating: "日", count: 40))
        for _ in 0..<20 { line.apply(.left) }
        for width in 10...24 {
            let screen = BufferScreen(rows: 1, cols: width)
            PromptLine(label: "/", line: line).draw(in: Rect(top: 0, left: 0, height: 1, width: width),
                                                    theme: .builtIn, into: screen)
            let text = screen.text()
            #expect(DisplayWidth.columns(text) <= width)
            #expect(cursorColumn(screen, cols: width) != nil, "cursor off-screen at \(width)")
        }
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
