import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// One golden picture of a screen: the keys pressed after it opened, and the name of its golden files.
struct ScreenShot: Sendable, CustomTestStringConvertible {
    let name: String
    let keys: [Action]
    var testDescription: String { name }

    init(_ name: String, keys: [Action] = []) {
        self.name = name
        self.keys = keys
    }

    /// Opens screen `screen` over the first account of the first bank and hands it `loaded` (its canned load
    /// result), as the app would when the screen's task answers.
    static func opened(_ screen: String, loaded: any Sendable, rows: Int, cols: Int) -> Scenario {
        var scenario = Scenario(rows: rows, cols: cols)
        scenario.send(.open, .open, .openScreen(name: screen, argument: nil))
        if let id = scenario.state.topScreen?.id { scenario.send(.screenEvent(screenID: id, payload: loaded)) }
        return scenario
    }

    /// Presses the keys on `scenario` and compares the screen with the golden file for its size.
    func check(_ scenario: Scenario, size: Size) throws {
        var scenario = scenario
        for key in keys { scenario.send(key) }
        try Golden.check(scenario.render().text(), named: "\(name)-\(size.cols)x\(size.rows)")
    }
}
