import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// `:customer` on an OP profile: the sandbox's four customers drawn (golden screens), and on a provider with
/// views no "view:" in the header nor "hidden by view" in the detail of a provider without views.
struct CustomerScreenTests {
    @Test(arguments: GoldenScreenTests.sizes)
    func matchesGolden(size: Size) async throws {
        var scenario = Scenario(rows: size.rows, cols: size.cols, views: false)
        scenario.send(.openScreen(name: "customer", argument: nil))
        await scenario.settle()
        try Golden.check(scenario.render().text(), named: "customer-\(size.cols)x\(size.rows)")
    }

    @Test func opensOnlyForOP() async {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.openScreen(name: "customer", argument: nil))
        await scenario.settle()
        #expect(scenario.state.screens.isEmpty)
        #expect(scenario.render().text().contains("OP only"))
    }

    @Test func aProviderWithoutViewsNamesNoViewAndHidesNothing() async {
        var scenario = Scenario(rows: 40, cols: 120, views: false)
        for action in [Action.open, .open, .open] {
            scenario.send(action)
            await scenario.settle()
        }
        let text = scenario.render().text()
        #expect(text.contains("Annotations") && text.contains("Bank           —"))
        #expect(!text.contains("hidden by view") && !text.contains("view: "))
    }
}
