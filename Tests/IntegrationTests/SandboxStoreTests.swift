import BankKit
import BrowserModel
import Foundation
import Sandbox
import Testing
import TestSupport

/// The Store against the real sandbox over HTTP, through the OBP provider.
@Suite struct SandboxStoreTests {
    private static func users() -> [(username: String, password: String)] {
        guard let data = FileManager.default.contents(atPath: FixtureData.importFile.path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let users = top["users"] as? [[String: Any]] else { return [] }
        return users.compactMap { user in
            guard let name = user["user_name"] as? String, let password = user["password"] as? String
            else { return nil }
            return (name, password)
        }
    }

    private func provider(_ server: SandboxServer) throws -> OBPProvider {
        let user = try #require(Self.users().first)
        return OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL,
            credentials: DirectLoginCredentials(username: user.username, password: user.password,
                                                consumerKey: DemoCredentials.consumerKey)))
    }

    /// A Store over `server` with the account with the most views open, and its provider.
    private func storeWithAnAccountOpen(_ server: SandboxServer) async throws -> (OBPProvider, Store) {
        let obp = try provider(server)
        let store = Store(state: AppState(provider: obp, pageLimit: 10), provider: obp, draftStore: nil,
                          wake: {})
        try await openAnAccount(store)
        return (obp, store)
    }

    /// Opens the first bank that lists accounts, then its account with the most views.
    private func openAnAccount(_ store: Store) async throws {
        store.send(.start)
        try await store.settle()
        for index in store.state.banks.items.indices {
            store.select(where: index)
            store.send(.open)
            try await store.settle()
            if !store.state.accounts.items.isEmpty { break }
            store.send(.back)
        }
        let accounts = store.state.accounts.items
        let index = try #require(accounts.indices.max { accounts[$0].views.count < accounts[$1].views.count })
        store.select(where: index)
        store.send(.open)
        try await store.settle()
    }

    @Test func browsesAnnotatesAndSwitchesViewsOverHTTP() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(importFile: FixtureData.importFile.path))
        defer { Task { await server.stop() } }
        let (obp, store) = try await storeWithAnAccountOpen(server)
        #expect(store.state.status.error == nil)
        #expect(store.state.user != nil)
        let list = store.state.transactions
        let account = try #require(list.account)
        let view = try #require(list.viewID)
        #expect(list.count > 0)
        let transaction = try #require(list.selectedTransaction)

        store.send(.addTag)
        store.send(.insertText("coffee-run"))
        store.send(.submit)
        try await store.settle()
        #expect(store.state.status.error == nil)
        #expect(store.state.drafts.isEmpty)
        let seen = try await obp.transaction(account, view: view, id: transaction.id)
        #expect(seen.metadata.tags?.map(\.value).contains("coffee-run") == true)
        let tagID = try #require(store.state.transactions.selectedTransaction?.metadata.tags?.first?.id)
        #expect(!tagID.hasPrefix("pending-"))

        // The tag goes again through the picker.
        store.send(.removeTag)
        store.send(.open)
        try await store.settle()
        let after = try await obp.transaction(account, view: view, id: transaction.id)
        #expect(after.metadata.tags?.contains { $0.id == tagID } == false)

        // Another view and back keeps the cursor on the same transaction; owner's pages come from the cache.
        if let other = store.state.transactions.views.first(where: { $0.id != view }) {
            let requestsBefore = await obp.requestCount
            store.send(.commandLine)
            store.send(.insertText("view \(other.id)"))
            store.send(.submit)
            try await store.settle()
            #expect(store.state.transactions.viewID == other.id)
            #expect(await obp.requestCount > requestsBefore)
            let requestsThrough = await obp.requestCount
            store.send(.commandLine)
            store.send(.insertText("view \(view)"))
            store.send(.submit)
            try await store.settle()
            #expect(store.state.transactions.viewID == view)
            #expect(store.state.transactions.selectedTransaction?.id == transaction.id)
            // Only the page the tag deletion invalidated is fetched again.
            #expect(await obp.requestCount <= requestsThrough + 1)
        }
    }

    /// OBP names the narrative's permission `can_edit_owner_comment`; the client once checked a name no server
    /// sends and refused every narrative before asking.
    @Test func theNarrativeIsEditedWhereTheViewAllowsIt() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(importFile: FixtureData.importFile.path))
        defer { Task { await server.stop() } }
        let (obp, store) = try await storeWithAnAccountOpen(server)
        let account = try #require(store.state.transactions.account)
        let transaction = try #require(store.state.transactions.selectedTransaction)
        #expect(store.state.transactions.viewID == "owner")

        store.send(.editNarrative)
        store.send(.insertText("rent for May"))
        store.send(.submit)
        try await store.settle()
        #expect(store.state.status.error == nil)
        let seen = try await obp.transaction(account, view: "owner", id: transaction.id)
        #expect(seen.metadata.narrative == "rent for May")

        // The accountant may annotate but not edit the owner's narrative: refused before any request, by name.
        store.send(.commandLine)
        store.send(.insertText("view accountant"))
        store.send(.submit)
        try await store.settle()
        let requests = await obp.requestCount
        store.send(.editNarrative)
        #expect(store.state.status.error?.contains("can_edit_owner_comment") == true)
        #expect(await obp.requestCount == requests)
    }
}
