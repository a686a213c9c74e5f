import BankKit
@testable import BrowserModel
import Testing
import TestSupport

/// Account lists name an account's views without their `can_*` flags; opening the account asks for them so the
/// picker and the detail pane can say what each view shows.
@Suite struct ViewFlagsTests {
    @Test func openingAnAccountFetchesItsViewsFlagsWhileTheListLoads() throws {
        var harness = Harness()
        harness.send(.start)
        harness.settle()
        let account = harness.data.busiestAccount
        let bankIndex = try #require(harness.state.banks.items.firstIndex { $0.id == account.ref.bankID })
        for _ in 0..<bankIndex { harness.send(.moveDown) }
        harness.send(.open)
        harness.settle()
        let accountIndex = try #require(harness.state.accounts.items.firstIndex { $0.ref == account.ref })
        for _ in 0..<accountIndex { harness.send(.moveDown) }
        harness.send(.open)
        let asksForViews = harness.pending.contains {
            if case .loadViews(let ref, _) = $0 { return ref == account.ref }
            return false
        }
        #expect(asksForViews)
        #expect(harness.state.transactions.viewID == "owner")

        harness.settle()
        let flagged = ViewSummary(id: "owner", shortName: "Owner", permissions: [.canSeeTransactionBalance])
        // The answer may come after a page reload: it only adds flags, so it still counts.
        harness.send(.viewsLoaded(account.ref, generation: -1, .success([flagged, MemoryProvider.publicView])))
        #expect(harness.state.transactions.currentView?.permissions == [.canSeeTransactionBalance])
        #expect(harness.state.transactions.viewID == "owner")

        // A view made or granted elsewhere reaches the picker on r, without leaving the account.
        for _ in 0..<4 where harness.state.focus != .transactions { harness.send(.nextPane) }
        #expect(harness.state.focus == .transactions)
        harness.send(.reload)
        #expect(harness.pending.contains { if case .loadViews(account.ref, _) = $0 { true } else { false } })
        let granted = ViewSummary(id: "_qa", shortName: "_qa")
        harness.send(.viewsLoaded(account.ref, generation: harness.state.transactions.generation,
                                  .success([flagged, MemoryProvider.publicView, granted])))
        #expect(harness.state.transactions.views.map(\.id).contains("_qa"))
    }
}
