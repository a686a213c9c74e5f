import BankKit
import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// Two views side by side, over `FixtureProvider`'s moderated pages: the public view hides amounts and balances
/// and names counterparties by alias, so each of its rows carries marked `hidden` cells and `≈` names.
struct CompareScreenTests {
    static func scenario(rows: Int, cols: Int, argument: String? = "owner _public") async -> Scenario {
        var scenario = Scenario(rows: rows, cols: cols)
        scenario.send(.open, .open, .openScreen(name: "compare", argument: argument))
        await scenario.settle()
        return scenario
    }

    @Test(arguments: GoldenScreenTests.sizes)
    func matchesGolden(size: Size) async throws {
        let scenario = await Self.scenario(rows: size.rows, cols: size.cols)
        try Golden.check(scenario.render().text(), named: "compare-\(size.cols)x\(size.rows)")
    }

    @Test func rowsAlignByTransactionAndCountWhatOneViewHides() async throws {
        let scenario = await Self.scenario(rows: 40, cols: 120)
        let screen = try #require(scenario.state.topScreen?.screen as? CompareScreen)
        let rows = screen.list.items
        #expect(rows.count == 50)
        #expect(rows.allSatisfy { $0.left?.id == $0.right?.id })
        let first = try #require(rows.first)
        #expect(ComparedField.amount.cell(first, .right) == ScreenCell("hidden", .hidden))
        #expect(ComparedField.balance.cell(first, .right) == ScreenCell("hidden", .hidden))
        #expect(ComparedField.counterparty.cell(first, .right).style == .alias)
        #expect(ComparedField.counterparty.cell(first, .left).style == .plain)
        #expect(screen.title == "owner vs _public · Käyttötili · 50 transactions, 100 fields hidden by one view")
    }

    @Test func oneNameComparesTheViewBeingBrowsed() async throws {
        let scenario = await Self.scenario(rows: 24, cols: 80, argument: "accountant")
        let screen = try #require(scenario.state.topScreen?.screen as? CompareScreen)
        #expect((screen.left, screen.right) == ("owner", "accountant"))
    }

    @Test func aTransactionOnlyOneViewListsIsMarkedNotListed() {
        let account = Fixture.account
        let shared = Transaction(id: "a", account: account, value: Money(amount: 1, currency: "EUR"))
        let only = Transaction(id: "b", account: account, value: Money(amount: 2, currency: "EUR"))
        let rows = ComparedRow.align([shared], [shared, only])
        #expect(rows.map(\.id) == ["a", "b"])
        #expect(ComparedField.counterparty.cell(rows[1], .left) == ScreenCell("not listed", .muted))
        #expect(rows[1].differences == 0, "a transaction one side does not list has no hidden fields to count")
    }

    @Test func withoutTwoViewsItSaysHow() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .open, .openScreen(name: "compare", argument: nil))
        #expect(scenario.state.status.error == ":compare VIEW [VIEW], e.g. :compare owner _public")
        scenario.send(.openScreen(name: "compare", argument: "owner owner"))
        #expect(scenario.state.status.error == "compare owner with another view")
    }

    @Test func cOnTwoColumnsOfTheViewsScreenOpensTheComparison() async throws {
        var scenario = ViewsScreenTests.scenario(rows: 40, cols: 120)
        scenario.send(.screenKey(.character("c")))
        #expect(scenario.state.topScreen?.screen.title.hasSuffix("· compare owner with…") == true)
        scenario.send(.screenKey(.character("]")), .screenKey(.character("]")), .screenKey(.character("c")))
        await scenario.settle()
        let screen = try #require(scenario.state.topScreen?.screen as? CompareScreen)
        #expect((screen.left, screen.right) == ("owner", "_public"))
        #expect(scenario.state.screens.count == 2, "Esc goes back to the matrix")
    }
}
