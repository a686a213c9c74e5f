import BankKit
@testable import BrowserModel
import Testing
import TestSupport

@Suite struct NavigationTests {
    @Test func startLoadsUserBanksAndDrafts() {
        var harness = Harness()
        harness.send(.start)
        #expect(harness.state.banks.isLoading)
        #expect(harness.pending.count == 3)
        harness.settle()
        #expect(harness.state.banks.items.count == 2)
        #expect(harness.state.user?.username == "susan")
        #expect(!harness.state.banks.isLoading)
        #expect(harness.state.activity.isEmpty)
    }

    @Test func walksBanksAccountsTransactionsDetailAndBack() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        #expect(harness.state.depth == .transactions)
        #expect(harness.state.focus == .transactions)
        #expect(harness.state.navigation == [.banks, .accounts, .transactions])
        #expect(harness.state.transactions.viewID == "owner")
        #expect(harness.state.transactions.count == 20)

        harness.send(.open)
        #expect(harness.state.depth == .detail)
        let shown = try #require(harness.state.transactions.selectedTransaction)
        #expect(shown.id == harness.data.transactions[harness.data.busiestAccount.ref]?.first?.id)

        harness.send(.back)
        #expect(harness.state.depth == .transactions)
        harness.send(.back)
        #expect(harness.state.focus == .accounts)
        #expect(harness.state.depth == .accounts)
        // Opening the same account again keeps what was loaded and asks for nothing.
        harness.send(.open)
        #expect(harness.pending.isEmpty)
        #expect(harness.state.transactions.count == 20)
    }

    @Test func selectionIsClampedToTheList() {
        var harness = Harness(rows: 5)
        harness.send(.start)
        harness.settle()
        harness.send(.moveUp)
        #expect(harness.state.banks.selection.index == 0)
        harness.send(.bottom)
        #expect(harness.state.banks.selection.index == 1)
        harness.send(.moveDown)
        harness.send(.pageDown)
        #expect(harness.state.banks.selection.index == 1)
        harness.send(.top)
        #expect(harness.state.banks.selection.index == 0)
    }

    @Test func scrollKeepsTheCursorOnScreen() {
        var harness = Harness(pageLimit: 50, rows: 10)
        harness.openBusiestAccount()
        harness.send(.pageDown)
        #expect(harness.state.transactions.selection.index == 9)
        harness.send(.pageDown)
        #expect(harness.state.transactions.selection.index == 18)
        #expect(harness.state.transactions.visibleRows.contains(18))
        harness.send(.resize(rows: 4))
        #expect(harness.state.transactions.visibleRows.contains(18))
        #expect(harness.state.transactions.visibleRows.count == 4)
        harness.send(.top)
        #expect(harness.state.transactions.visibleRows == 0..<4)
    }

    @Test func tabCyclesThroughOpenPanesOnly() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.nextPane)
        #expect(harness.state.focus == .banks)
        harness.send(.nextPane)
        #expect(harness.state.focus == .accounts)
        harness.send(.prevPane)
        harness.send(.prevPane)
        #expect(harness.state.focus == .transactions)
    }

    @Test func lateAnswerForAnotherBankIsDropped() {
        var harness = Harness()
        harness.send(.start)
        harness.settle()
        harness.send(.open)
        let first = harness.pending
        harness.pending = []
        harness.send(.back)
        harness.send(.moveDown)
        harness.send(.open)
        harness.settle()
        let secondBank = harness.state.accounts.bankID
        harness.pending = first
        harness.settle()
        #expect(harness.state.accounts.bankID == secondBank)
        #expect(harness.state.accounts.items.allSatisfy { $0.ref.bankID == secondBank })
    }

    @Test func quitWithoutDraftsQuitsAtOnce() {
        var harness = Harness()
        harness.send(.quit)
        #expect(harness.state.shouldQuit)
    }

    @Test func commandLineOpensABank() {
        var harness = Harness()
        harness.send(.start)
        harness.settle()
        let bank = harness.state.banks.items[1].id
        harness.send(.commandLine)
        harness.send(.insertText("bank \(bank)"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.overlay == nil)
        #expect(harness.state.accounts.bankID == bank)
        #expect(harness.state.banks.selection.index == 1)
    }

    @Test func unknownCommandKeepsThePromptWithAnError() {
        var harness = Harness()
        harness.send(.commandLine)
        harness.send(.insertText("frobnicate"))
        harness.send(.submit)
        guard case .prompt(let prompt) = harness.state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.error?.contains("unknown command") == true)
    }

    @Test func themeCommandSetsTheTheme() {
        var harness = Harness()
        harness.send(.commandLine)
        harness.send(.insertText("theme nord"))
        harness.send(.submit)
        #expect(harness.state.themeName == "nord")
    }
}
