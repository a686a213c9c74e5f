import BankKit
@testable import BrowserModel
import Testing
import TestSupport

/// Paging, prefetch and the page cache, through the pure reducer: the harness counts every page it serves.
@Suite struct PagingTests {
    @Test func scrollingNearTheEndPrefetchesTheNextPageOnce() {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        #expect(harness.totalPageLoads == 1)
        // prefetchDistance is 5: nothing is asked for until the cursor is 5 rows from the end.
        for _ in 0..<14 { harness.send(.moveDown) }
        #expect(harness.pending.isEmpty)
        harness.send(.moveDown)
        let loadingNext = harness.state.transactions.isLoadingNext
        #expect(loadingNext)
        #expect(harness.pending.count == 1)
        harness.send(.moveDown)
        harness.send(.moveDown)
        #expect(harness.pending.count == 1, "a page in flight is never asked for twice")
        harness.settle()
        #expect(harness.totalPageLoads == 2)
        #expect(harness.state.transactions.count == 40)
        let stillLoading = harness.state.transactions.isLoadingNext
        #expect(!stillLoading)
    }

    @Test func walkingToTheEndStopsAtTheShortPage() {
        var harness = Harness(pageLimit: 50, rows: 10)
        harness.openBusiestAccount()
        let total = harness.data.transactions[harness.data.busiestAccount.ref]!.count
        for _ in 0..<total {
            harness.send(.moveDown)
            harness.settle()
        }
        #expect(harness.state.transactions.count == total)
        #expect(harness.state.transactions.reachedEnd)
        #expect(harness.totalPageLoads == (total + 49) / 50)
        #expect(harness.state.transactions.selection.index == total - 1)
        harness.send(.bottom)
        #expect(harness.pending.isEmpty)
    }

    @Test func revisitingAnAccountCostsNoRequest() {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.bottom)
        harness.settle()
        let loads = harness.totalPageLoads
        let loaded = harness.state.transactions.count
        #expect(loads == 2)

        // Another account, then back to the first one.
        harness.send(.back)
        let other = harness.state.accounts.selection.index == 0 ? 1 : 0
        harness.send(.top)
        for _ in 0..<other { harness.send(.moveDown) }
        harness.send(.open)
        harness.settle()
        let afterOther = harness.totalPageLoads
        harness.send(.back)
        let busiest = harness.state.accounts.items.firstIndex { $0.ref == harness.data.busiestAccount.ref }!
        harness.send(.top)
        for _ in 0..<busiest { harness.send(.moveDown) }
        harness.send(.open)
        harness.send(.bottom)
        harness.settle()
        #expect(harness.totalPageLoads == afterOther, "both cached pages came from the cache")
        #expect(harness.state.transactions.count >= loaded)
    }

    @Test func reloadBypassesTheCacheAndKeepsTheCursor() throws {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.moveDown)
        harness.send(.moveDown)
        harness.settle()
        let selected = try #require(harness.state.transactions.selectedTransaction?.id)
        let before = harness.totalPageLoads
        harness.send(.reload)
        harness.settle()
        #expect(harness.totalPageLoads > before)
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
    }

    @Test func aFailedReloadKeepsTheLastGoodPagesOnScreen() throws {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.moveDown)
        let selected = try #require(harness.state.transactions.selectedTransaction?.id)
        harness.pageFailure = BankError(kind: .server, status: 502, message: "Bad Gateway")
        harness.send(.reload)
        #expect(harness.state.transactions.count == 20, "still shown while the reload is in flight")
        harness.settle()
        #expect(harness.state.transactions.count == 20)
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
        #expect(harness.state.status.error == "Bad Gateway")
        #expect(harness.state.activity.isEmpty)
        harness.pageFailure = nil
        harness.send(.reload)
        harness.settle()
        #expect(harness.state.transactions.count == 20)
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
        #expect(harness.state.status.error == nil)
    }

    @Test func aViewThatCannotBeReadLeavesTheUserOnTheViewBefore() throws {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.moveDown)
        let selected = try #require(harness.state.transactions.selectedTransaction?.id)
        harness.pageFailure = BankError(kind: .forbidden(permission: nil), status: 403, code: "OBP-20017",
                                        message: "OBP-20017: no access")
        harness.failingView = "_public"
        harness.send(.commandLine)
        harness.send(.insertText("view _public"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.viewID == "owner")
        #expect(harness.state.transactions.count == 20)
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
        #expect(harness.state.status.error?.contains("cannot view through Public") == true)
        #expect(harness.pageLoads["owner"] == 1, "owner's page came back from the cache")
    }

    @Test func theStatusCountsWhatTheCacheSaved() {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.back)
        harness.send(.open)
        harness.send(.nextPane)
        harness.send(.commandLine)
        harness.send(.insertText("view _public"))
        harness.send(.submit)
        harness.settle()
        harness.send(.commandLine)
        harness.send(.insertText("view owner"))
        harness.send(.submit)
        #expect(harness.state.status.requestedPages == harness.totalPageLoads)
        #expect(harness.state.status.requestedPages == 2)
        #expect(harness.state.status.cachedPages == 1)
    }

    @Test func switchingViewsReloadsThroughTheNewViewAndKeepsTheTransaction() throws {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        for _ in 0..<25 {
            harness.send(.moveDown)
            harness.settle()
        }
        let selected = try #require(harness.state.transactions.selectedTransaction?.id)
        harness.send(.pickView)
        guard case .viewPicker(let picker) = harness.state.overlay else {
            Issue.record("no view picker")
            return
        }
        #expect(picker.choices.map(\.view.id) == ["owner", "_public"])
        #expect(picker.choices[1].summary.contains("hides amount"))
        harness.send(.moveDown)
        harness.send(.open)
        harness.settle()
        #expect(harness.state.transactions.viewID == "_public")
        #expect(harness.pageLoads["_public"] == 2, "pages up to the selected transaction")
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
        #expect(harness.state.transactions.selectedTransaction?.value == nil, "the public view hides amounts")

        // Back to owner: served from owner's cache.
        let ownerLoads = harness.pageLoads["owner"]
        harness.send(.commandLine)
        harness.send(.insertText("view owner"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.viewID == "owner")
        #expect(harness.pageLoads["owner"] == ownerLoads)
        #expect(harness.state.transactions.selectedTransaction?.id == selected)
    }

    @Test func aWriteInvalidatesTheCachedPageItChanged() throws {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        let account = try #require(harness.state.transactions.account)
        let key = PageKey(provider: "memory", account: account, view: "owner", offset: 0, limit: 20)
        #expect(harness.state.cache.contains(key))
        harness.send(.addTag)
        harness.send(.insertText("food"))
        harness.send(.submit)
        #expect(!harness.state.cache.contains(key))
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.tags?.map(\.value) == ["food"])
    }

    @Test func theCacheEvictsTheLeastRecentlyUsedPages() {
        var cache = PageCache(capacity: 40)
        let account = AccountRef(bankID: "b", accountID: "a")
        let transactions = (0..<20).map { Transaction(id: "t\($0)", account: account) }
        let keys = (0..<3).map { PageKey(provider: "p", account: account, view: "owner", offset: $0 * 20, limit: 20) }
        cache.insert(TransactionPage(offset: 0, limit: 20, transactions: transactions), for: keys[0])
        cache.insert(TransactionPage(offset: 20, limit: 20, transactions: transactions), for: keys[1])
        _ = cache.page(for: keys[0])
        cache.insert(TransactionPage(offset: 40, limit: 20, transactions: transactions), for: keys[2])
        #expect(cache.contains(keys[0]))
        #expect(!cache.contains(keys[1]))
        #expect(cache.contains(keys[2]))
        #expect(cache.transactionCount == 40)
    }
}
