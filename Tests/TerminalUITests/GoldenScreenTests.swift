import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// The main screens, drawn from states the reducer built, compared with `Golden/*.txt`.
/// Regenerate after an intended change with `BANKTERM_UPDATE_GOLDEN=1 swift test --filter GoldenScreenTests`.
struct GoldenScreenTests {
    struct Screenshot: Sendable, CustomTestStringConvertible {
        let name: String
        /// False for a provider without views (OP).
        var views = true
        let build: @Sendable (inout Scenario) -> Void
        var testDescription: String { name }
    }

    static let screens: [Screenshot] = [
        Screenshot(name: "banks") { _ in },
        Screenshot(name: "accounts") { $0.send(.open) },
        Screenshot(name: "accounts-of-another-bank") { $0.send(.open, .open, .back, .back, .moveDown, .open) },
        Screenshot(name: "transactions") { $0.send(.open, .open) },
        Screenshot(name: "detail") { $0.send(.open, .open, .open) },
        Screenshot(name: "view-picker") { $0.send(.open, .open, .pickView, .moveDown, .moveDown) },
        Screenshot(name: "public-view") { $0.send(.open, .open, .pickView, .moveDown, .moveDown, .open, .open) },
        Screenshot(name: "accountant-view") { $0.send(.open, .open, .pickView, .moveDown, .open, .open) },
        Screenshot(name: "help") { $0.send(.help) },
        Screenshot(name: "help-filtered") {
            $0.send(.help, .startFilter)
            $0.type("tag")
        },
        Screenshot(name: "help-scrolled") { $0.send(.help, .bottom) },
        Screenshot(name: "help-without-views", views: false) { $0.send(.help) },
        // No view in the title, and a field the row lacks reads "—", never "hidden".
        Screenshot(name: "transactions-without-views", views: false) { $0.send(.open, .open) },
        Screenshot(name: "detail-end") { $0.send(.open, .open, .open, .bottom) },
        Screenshot(name: "tag-prompt") {
            $0.send(.open, .open, .open, .addTag)
            $0.type("kahvi tauko")
            $0.send(.submit)
        },
        Screenshot(name: "comment-prompt") {
            $0.send(.open, .open, .open, .addComment)
            $0.type("Maksettu yrityskortilla ✅")
        },
        Screenshot(name: "comment-prompt-scrolled") {
            $0.send(.open, .open, .open, .addComment)
            $0.type("Maksettu yrityskortilla ✅ – 東京ラーメン 🍜 asiakkaan kanssa, kuitti tallessa kirjanpitoa varten")
            for _ in 0..<12 { $0.send(.edit(.left)) }
        },
        Screenshot(name: "filter") {
            $0.send(.open, .open, .startFilter)
            $0.type("alepa")
        },
        Screenshot(name: "status-error") {
            $0.failTransactions = BankError(kind: .server, status: 502, code: "OBP-50000",
                                            message: "OBP-50000: Unknown Error. Bad gateway")
            $0.send(.open, .open)
        },
        Screenshot(name: "remove-tag-picker") { $0.send(.open, .open, .open, .removeTag) },
        // Too long for the bar: cut, saying where the rest is; `!` shows it whole.
        Screenshot(name: "status-error-cut") {
            $0.failTransactions = GoldenScreenTests.longError
            $0.send(.open, .open)
        },
        Screenshot(name: "last-error") {
            $0.failTransactions = GoldenScreenTests.longError
            $0.send(.open, .open, .showLastError)
        },
    ]

    static let sizes = [Size(rows: 24, cols: 80), Size(rows: 40, cols: 120)]

    static let longError = BankError(kind: .server, status: 400, code: "OBP-30256",
                                     message: "OBP-30256: Could not delete the custom view. Account Access record uses "
                                        + "this View: revoke it from every user first (:access), then delete the view again.")

    @Test(arguments: screens, sizes)
    func screenMatchesGolden(_ screenshot: Screenshot, size: Size) throws {
        var scenario = Scenario(rows: size.rows, cols: size.cols, views: screenshot.views)
        screenshot.build(&scenario)
        let text = scenario.render().text()
        try Golden.check(text, named: "\(screenshot.name)-\(size.cols)x\(size.rows)")
    }

    @Test(arguments: screens)
    func everyScreenFitsAnySize(_ screenshot: Screenshot) {
        let sizes = [Size(rows: 6, cols: 20), Size(rows: 100, cols: 300), Size(rows: 1, cols: 1), Size(rows: 0, cols: 0),
                     Size(rows: 3, cols: 200), Size(rows: 60, cols: 8), Size(rows: 24, cols: 99), Size(rows: 24, cols: 100)]
        for size in sizes {
            var scenario = Scenario(rows: size.rows, cols: size.cols, views: screenshot.views)
            screenshot.build(&scenario)
            let text = scenario.render().text()
            let lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
            #expect(lines.count <= size.rows)
            for line in lines {
                #expect(DisplayWidth.columns(line) <= size.cols, "\(screenshot.name) at \(size.cols)x\(size.rows): \(line)")
            }
        }
    }

    @Test func hiddenFieldsReadAsHiddenNotBlank() {
        var scenario = Scenario(rows: 40, cols: 120)
        GoldenScreenTests.screens.first { $0.name == "public-view" }!.build(&scenario)
        let text = scenario.render().text()
        #expect(text.contains("Amount") && text.contains("hidden by view"))
        #expect(text.contains(TransactionPaneView.aliasMarker.string + " Merchant"))
    }

    @Test func amountsAreColouredBySign() throws {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.open, .open)
        let screen = scenario.render()
        let lines = screen.text().components(separatedBy: "\n")
        let negative = try #require(lines.firstIndex { $0.contains("-2.87") })
        let positive = try #require(lines.firstIndex { $0.contains("2500.00") })
        let negativeStyles = Set((0..<120).map { screen.style(row: negative, col: $0) })
        let positiveStyles = Set((0..<120).map { screen.style(row: positive, col: $0) })
        #expect(negativeStyles.contains(Theme.builtIn[.amountNegative]))
        #expect(!negativeStyles.contains(Theme.builtIn[.amountPositive]))
        #expect(positiveStyles.contains(Theme.builtIn[.amountPositive]))
    }
}
