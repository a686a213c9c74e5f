import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// The branches screen, the first screen on the stack: opened by `b` or `:branches`, drawn from its
/// presentation, closed by Esc.
struct BranchesScreenTests {
    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [Action]
        var testDescription: String { name }
    }

    static let shots = [
        Shot(name: "branches", keys: [.openScreen(name: "branches", argument: nil)]),
        Shot(name: "branch-detail", keys: [.openScreen(name: "branches", argument: nil), .open]),
    ]

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) async throws {
        var scenario = Scenario(rows: size.rows, cols: size.cols)
        for key in shot.keys {
            scenario.send(key)
            await scenario.settle()
        }
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    @Test func bOnABankOpensItsBranchesAndEscGoesBack() async {
        var scenario = Scenario(rows: 40, cols: 120)
        let translator = KeyTranslator()
        scenario.send(translator.action(for: .character("b"), in: scenario.state)!)
        await scenario.settle()
        let text = scenario.render().text()
        #expect(text.contains("Branches of Pohjoinen (3)"))
        #expect(text.contains("Mon–Fri 09:00–16:30, Sat 10:00–14:00"))
        #expect(text.contains(":branches"), "the breadcrumb is the stack")
        scenario.send(translator.action(for: .escape, in: scenario.state)!)
        #expect(scenario.state.screens.isEmpty)
        #expect(scenario.render().text().contains("Banks (3)"))
    }

    @Test func screenKeysWinAndADisabledKeySaysWhy() async {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.openScreen(name: "branches", argument: nil))
        await scenario.settle()
        let translator = KeyTranslator()
        guard case .screenKey(.character("y")) = translator.action(for: .character("y"), in: scenario.state) else {
            Issue.record("y belongs to the screen")
            return
        }
        #expect(translator.action(for: .character("t"), in: scenario.state) == nil, "no tagging on a screen")
        scenario.send(.screenKey(.character("y")))
        #expect(scenario.state.clipboard?.text == "Urho Kekkosen katu 1, Helsinki, 00100, FI")
        scenario.send(.bottom, .screenKey(.character("y")))
        #expect(scenario.state.status.error == "this branch has no address")
        #expect(!scenario.render().text().contains("y copy"), "a disabled key is not offered")
    }

    @Test func theCommandLineOpensCompletesAndRefusesScreensByName() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.commandLine)
        scenario.type("bra")
        scenario.send(.completeCommand)
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("the prompt stays open")
            return
        }
        #expect(prompt.text == "branches ")
        scenario.send(.cancel, .commandLine)
        scenario.type("nosuch")
        scenario.send(.submit)
        guard case .prompt(let refused) = scenario.state.overlay else {
            Issue.record("an unknown name keeps the prompt")
            return
        }
        #expect(refused.error?.contains("unknown command nosuch") == true)
        #expect(refused.error?.contains(":branches") == true)
        scenario.send(.cancel, .commandLine, .submit)
        guard case .prompt(let listing) = scenario.state.overlay else { return }
        #expect(listing.error?.contains("screens: :branches") == true)
    }

    @Test func aProviderWithoutBranchesSaysSo() {
        var scenario = Scenario(rows: 24, cols: 80, views: false)
        scenario.send(.openScreen(name: "branches", argument: nil))
        #expect(scenario.state.screens.isEmpty)
        #expect(scenario.state.status.error == "OP lists no branches")
        // Nor does `:` alone list it, or Tab offer it.
        scenario.send(.commandLine, .submit)
        guard case .prompt(let listing) = scenario.state.overlay else { return }
        #expect(listing.error?.contains(":customer") == true && listing.error?.contains(":branches") == false)
        scenario.send(.cancel, .commandLine)
        scenario.type("br")
        scenario.send(.completeCommand)
        guard case .prompt(let completed) = scenario.state.overlay else { return }
        #expect(completed.error == "no command or screen starts with br")
    }
}
