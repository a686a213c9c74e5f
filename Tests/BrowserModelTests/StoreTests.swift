import BankKit
import BrowserModel
import Foundation
import Testing
import TestSupport

/// The Store with its effects running as tasks against an in-memory provider that counts requests.
@Suite struct StoreTests {
    private func makeStore(_ provider: MemoryProvider, drafts: DraftStore? = nil, wakes: WakeCounter) -> Store {
        let state = AppState(provider: provider, pageLimit: 20)
        return Store(state: state, provider: provider, draftStore: drafts, wake: { wakes.wake() })
    }

    /// Opens the fixture's busiest account.
    private func openBusiestAccount(_ store: Store) async throws {
        store.send(.start)
        try await store.settle()
        let account = FixtureData.shared.busiestAccount
        store.select(where: try #require(store.state.banks.items.firstIndex { $0.id == account.ref.bankID }))
        store.send(.open)
        try await store.settle()
        store.select(where: try #require(store.state.accounts.items.firstIndex { $0.ref == account.ref }))
        store.send(.open)
        try await store.settle()
    }

    @Test func resultsArriveThroughTheInboxAndWakeTheLoop() async throws {
        let provider = MemoryProvider()
        let wakes = WakeCounter()
        let store = makeStore(provider, wakes: wakes)
        store.send(.start)
        #expect(store.state.banks.isLoading)
        try await store.settle()
        #expect(store.state.banks.items.count == 2)
        #expect(store.state.user?.username == "susan")
        #expect(wakes.value >= 3)
        #expect(store.state.status.requestCount == 2)
        #expect(store.state.status.rateLimit?.limit == 1000)
    }

    @Test func leavingAnAccountStopsItsPageLoadsAndComingBackAsksAgain() async throws {
        let provider = MemoryProvider()
        let store = makeStore(provider, wakes: WakeCounter())
        try await openBusiestAccount(store)
        let before = await provider.count("transactions")
        await provider.setPageDelay(.seconds(2))
        store.send(.bottom)
        #expect(store.state.transactions.isLoadingNext, "the next page was asked for")
        store.send(.back)
        try await store.settle()
        #expect(await provider.count("transactions") == before, "no page request was sent after leaving")
        #expect(!store.state.transactions.isLoadingNext)

        await provider.setPageDelay(nil)
        store.send(.open)
        try await store.settle()
        #expect(await provider.count("transactions") == before + 1, "the stopped page is asked for again")
        #expect(store.state.status.error == nil, "a stopped load is not a failure")
    }

    @Test func browsingCountsOnlyTheRequestsTheCacheCouldNotSave() async throws {
        let provider = MemoryProvider()
        let store = makeStore(provider, wakes: WakeCounter())
        try await openBusiestAccount(store)
        #expect(await provider.count("transactions") >= 1)
        store.send(.bottom)
        try await store.settle()
        store.send(.bottom)
        try await store.settle()
        let pages = await provider.count("transactions")
        #expect(store.state.transactions.pagesLoaded == pages)
        let offsets = await provider.pageRequests.map(\.offset)
        #expect(offsets == Array(Set(offsets)).sorted(), "no page asked for twice")

        // Away and back: every page comes from the cache, and the views are not asked for again.
        let views = await provider.count("views")
        store.send(.back)
        store.send(.open)
        try await store.settle()
        store.send(.back)
        store.send(.moveDown)
        store.send(.open)
        try await store.settle()
        let afterOther = await provider.count("transactions")
        store.send(.back)
        store.send(.moveUp)
        store.send(.open)
        store.send(.bottom)
        store.send(.bottom)
        try await store.settle()
        #expect(await provider.count("transactions") == afterOther)
        #expect(await provider.count("views") == views + 1, "only the other account's views were asked for")

        // `r` asks the server again.
        store.send(.reload)
        try await store.settle()
        #expect(await provider.count("transactions") > afterOther)
    }

    @Test func aFailedWriteIsSavedAsADraftThatSurvivesARestart() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let drafts = DraftStore(url: directory.appendingPathComponent("bankterm/drafts.json"))
        let provider = MemoryProvider()
        await provider.setWriteFailure(BankError(kind: .network, message: "connection refused"))
        let store = makeStore(provider, drafts: drafts, wakes: WakeCounter())
        try await openBusiestAccount(store)
        store.send(.addTag)
        store.send(.insertText("groceries"))
        store.send(.submit)
        try await store.settle()
        #expect(store.state.drafts.count == 1)
        #expect(store.state.status.error?.contains("connection refused") == true)
        #expect(try drafts.load().map(\.annotation) == [.addTag("groceries")])
        let attributes = try FileManager.default.attributesOfItem(atPath: drafts.url.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // A new session finds the draft and saves it once the server accepts writes again.
        await provider.setWriteFailure(nil)
        let restarted = makeStore(provider, drafts: drafts, wakes: WakeCounter())
        try await openBusiestAccount(restarted)
        #expect(restarted.state.drafts.count == 1)
        restarted.send(.retryDrafts)
        try await restarted.settle()
        #expect(restarted.state.drafts.isEmpty)
        #expect(try drafts.load().isEmpty)
        #expect(restarted.state.transactions.selectedTransaction?.metadata.tags?.map(\.value) == ["groceries"])
    }

    @Test func exportWritesTheDisplayedTransactionsAsCSV() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = makeStore(MemoryProvider(), wakes: WakeCounter())
        try await openBusiestAccount(store)
        let path = directory.appendingPathComponent("out.csv").path
        store.send(.commandLine)
        store.send(.insertText("export csv \(path)"))
        store.send(.submit)
        try await store.settle()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\r\n")
        #expect(lines.count == store.state.transactions.count + 1)
        #expect(lines.first == CSVExport.header.joined(separator: ",")[...], "the columns of `transactions --format csv`")
        #expect(store.state.status.info?.contains("exported") == true)
        #expect(store.state.status.info?.contains("the account has more") == !store.state.transactions.reachedEnd,
                "a partly loaded account says the file holds what is loaded")
    }
}
