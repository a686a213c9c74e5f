import BrowserModel
import Testing
@testable import TerminalUI

/// Clicks and the wheel, placed on the frame as it was drawn: a click selects the row under it, a double click
/// opens it, the wheel moves the selection, and a click on a frame or header only focuses.
struct MouseTests {
    /// The row and column where `text` is drawn.
    static func cell(of text: String, in scenario: Scenario) throws -> (row: Int, col: Int) {
        let lines = scenario.render().text().components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains(text) }, "\(text) is on screen")
        let prefix = try #require(lines[row].range(of: text)).lowerBound
        return (row, DisplayWidth.columns(String(lines[row][..<prefix])))
    }

    static func place(_ text: String, open: Bool = false, in scenario: Scenario) throws -> Pointer? {
        let (row, col) = try cell(of: text, in: scenario)
        return PointerPlacement.place(row: row, col: col, open: open, size: scenario.size, state: scenario.state)
    }

    @Test func aClickSelectsTheRowUnderItAndADoubleClickOpensIt() throws {
        var scenario = Scenario(rows: 40, cols: 120)
        let click = try #require(try Self.place("Musterbank", in: scenario))
        #expect(click == .row(.banks, index: 2, open: false))
        scenario.send(.pointer(click))
        #expect(scenario.state.banks.selection.index == 2)
        #expect(scenario.state.depth == .banks, "a single click only selects")

        scenario.send(.pointer(try #require(try Self.place("Pohjoinen", open: true, in: scenario))))
        #expect(scenario.state.depth == .accounts)
        #expect(scenario.state.focus == .accounts)
        #expect(scenario.render().text().contains("Käyttötili"))
    }

    @Test func aClickOnAFrameOrHeaderFocusesWithoutMoving() throws {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.open)
        let header = try #require(try Self.place("Bank ", in: scenario))
        #expect(header == .pane(.banks))
        scenario.send(.pointer(header))
        #expect(scenario.state.focus == .banks)
        #expect(scenario.state.banks.selection.index == 0)
        #expect(PointerPlacement.place(row: 0, col: 5, open: false, size: scenario.size, state: scenario.state) == nil,
                "the header bar is not a pane")
    }

    @Test func theWheelMovesTheSelectionThreeRowsANotch() {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.open, .open)
        var placement = PointerPlacement()
        let down = placement.pointer(for: MouseEvent(kind: .wheelDown, row: 10, col: 60), size: scenario.size,
                                     state: scenario.state)
        #expect(down == .wheel(3))
        scenario.send(.pointer(down!))
        #expect(scenario.state.transactions.selection.index == 3)
        scenario.send(.pointer(.wheel(-3)), .pointer(.wheel(-3)))
        #expect(scenario.state.transactions.selection.index == 0)
    }

    @Test func twoPressesOnOneCellSoonAfterEachOtherAreADoubleClick() throws {
        let scenario = Scenario(rows: 40, cols: 120)
        let (row, col) = try Self.cell(of: "Musterbank", in: scenario)
        let press = MouseEvent(kind: .press, row: row, col: col)
        let start = ContinuousClock.now
        var placement = PointerPlacement()
        #expect(placement.pointer(for: press, at: start, size: scenario.size, state: scenario.state)
                == .row(.banks, index: 2, open: false))
        #expect(placement.pointer(for: press, at: start + .milliseconds(200), size: scenario.size,
                                  state: scenario.state) == .row(.banks, index: 2, open: true))
        #expect(placement.pointer(for: press, at: start + .milliseconds(300), size: scenario.size,
                                  state: scenario.state) == .row(.banks, index: 2, open: false),
                "a third press starts over")
        #expect(placement.pointer(for: press, at: start + .seconds(2), size: scenario.size, state: scenario.state)
                == .row(.banks, index: 2, open: false), "too slow for a double click")
    }

    @Test func onAScreenAClickSelectsItsRowAndADoubleClickOpensIt() async throws {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.openScreen(name: "branches", argument: nil))
        await scenario.settle()
        let click = try #require(try Self.place("Turku Kauppatori", in: scenario))
        #expect(click == .screenRow(index: 1, open: false))
        scenario.send(.pointer(click))
        #expect(scenario.state.topScreen?.screen.presentation.selectedRow == 1)
        scenario.send(.pointer(.screenRow(index: 1, open: true)))
        #expect(scenario.render().text().contains("Eerikinkatu 10"))
        #expect(scenario.state.topScreen?.screen.presentation.detail?.title == "Turku Kauppatori")
    }

    @Test func clicksUnderAnOverlayAreIgnored() {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.help)
        scenario.send(.pointer(.row(.banks, index: 2, open: true)))
        #expect(scenario.state.banks.selection.index == 0)
        #expect(scenario.state.depth == .banks)
    }
}
