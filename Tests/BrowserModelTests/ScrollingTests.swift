import BankKit
@testable import BrowserModel
import Testing

/// The detail pane and the help overlay scroll by lines over what the UI measured they hold.
@Suite struct ScrollingTests {
    private func help(_ harness: Harness) -> HelpOverlay? {
        guard case .help(let help) = harness.state.overlay else { return nil }
        return help
    }

    @Test func theDetailPaneJumpsToItsEndAndPagesWithinIt() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.open)
        #expect(harness.state.focus == .detail)
        harness.send(.setScrollExtent(.detail, ScrollExtent(lines: 45, rows: 10)))
        harness.send(.bottom)
        #expect(harness.state.detail.scroll == 35)
        harness.send(.moveDown)
        #expect(harness.state.detail.scroll == 35, "no scrolling past the last line")
        harness.send(.moveUp)
        #expect(harness.state.detail.scroll == 34)
        harness.send(.pageUp)
        #expect(harness.state.detail.scroll == 25)
        harness.send(.top)
        #expect(harness.state.detail.scroll == 0)
        harness.send(.pageDown)
        harness.send(.pageDown)
        #expect(harness.state.detail.scroll == 18)
        harness.send(.pageDown)
        harness.send(.pageDown)
        harness.send(.pageDown)
        #expect(harness.state.detail.scroll == 35)
        // A narrower pane wraps less... or a shorter transaction: the scroll follows what is left.
        harness.send(.setScrollExtent(.detail, ScrollExtent(lines: 12, rows: 10)))
        #expect(harness.state.detail.scroll == 2)
        harness.send(.moveUp)
        #expect(harness.state.detail.scroll == 1)
    }

    @Test func aDetailThatFitsDoesNotScroll() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.open)
        harness.send(.setScrollExtent(.detail, ScrollExtent(lines: 8, rows: 10)))
        for action in [Action.bottom, .pageDown, .moveDown] {
            harness.send(action)
            #expect(harness.state.detail.scroll == 0)
        }
    }

    @Test func theHelpScrollsWithMovesUntilSlashStartsTheFilter() {
        var harness = Harness()
        harness.send(.help)
        #expect(harness.state.overlay?.takesText == false)
        harness.send(.setScrollExtent(.help, ScrollExtent(lines: 25, rows: 18)))
        harness.send(.bottom)
        #expect(help(harness)?.scroll == 7)
        harness.send(.moveUp)
        harness.send(.pageUp)
        #expect(help(harness)?.scroll == 0)
        harness.send(.pageDown)
        #expect(help(harness)?.scroll == 7)

        harness.send(.startFilter)
        #expect(harness.state.overlay?.takesText == true)
        harness.send(.insertText("tag"))
        #expect(help(harness)?.filter.text == "tag")
        #expect(help(harness)?.scroll == 0)
        // Enter keeps the filter and goes back to browsing; Esc then clears it, and Esc again closes the help.
        harness.send(.submit)
        #expect(help(harness)?.isFiltering == false)
        #expect(help(harness)?.filter.text == "tag")
        harness.send(.cancel)
        #expect(help(harness)?.filter.text == "")
        harness.send(.cancel)
        #expect(harness.state.overlay == nil)
    }

    @Test func escWhileTypingTheHelpFilterClearsItAndKeepsTheHelp() {
        var harness = Harness()
        harness.send(.help)
        harness.send(.startFilter)
        harness.send(.insertText("quit"))
        harness.send(.cancel)
        #expect(help(harness) == HelpOverlay())
    }
}
