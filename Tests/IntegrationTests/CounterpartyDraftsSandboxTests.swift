import BankKit
@testable import BrowserModel
import Foundation
import Sandbox
import Testing
import TestSupport

/// A counterparty field edited on the counterparties screen against the sandbox over HTTP: the view loses the
/// flag between loading and saving, so the sandbox refuses the write; the text stays a draft on disk, a new
/// session (a restart) finds it, and `:retry` saves it once the view allows it again.
@Suite struct CounterpartyDraftsSandboxTests {
    static let account = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")
    static let view: ViewID = "_cpnotes"

    static func store(_ obp: OBPProvider, drafts: DraftStore) -> Store {
        Store(state: AppState(provider: obp, pageLimit: 20), provider: obp, draftStore: drafts, wake: {})
    }

    @Test func aRefusedFieldIsADraftThatSurvivesARestartAndRetrySaves() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 60))
        defer { Task { await server.stop() } }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let drafts = DraftStore(url: directory.appendingPathComponent("bankterm/drafts.json"))
        let (obp, _) = PaymentFlowSandboxTests.demoStore(server)
        let everything = ViewSpec(allowedActions: Set(ViewFlag.allCases))
        _ = try await obp.createView(named: Self.view.rawValue, everything, in: Self.account)
        let provider = try #require(try await obp.currentUser().provider)
        _ = try await obp.grantAccess(to: DemoCredentials.username, provider: provider, view: Self.view, account: Self.account)

        let store = Self.store(obp, drafts: drafts)
        try await PaymentFlowSandboxTests.select(store, bank: Self.account.bankID, account: Self.account.accountID)
        store.send(.open)
        try await store.settle()
        for line in [":view \(Self.view)", ":counterparties"] {
            store.send(.commandLine)
            PaymentFlowSandboxTests.type(store, String(line.dropFirst()))
            try await store.settle()
        }
        var screen = try #require(store.state.topScreen?.screen as? CounterpartiesScreen)
        #expect(screen.view == Self.view && screen.permissions?.contains(ViewPermission(.canAddMoreInfo)) == true)
        let party = try #require(screen.list.selected)
        store.send(.open)
        for _ in 0..<(CounterpartiesScreen.firstFieldLine + 2 - CounterpartiesScreen.transactionsLine) { store.send(.moveDown) }
        screen = try #require(store.state.topScreen?.screen as? CounterpartiesScreen)
        #expect(screen.selectedField == .moreInfo)

        // The owner takes the flag away after the screen read the view: the sandbox is the one to refuse.
        var narrower = everything
        narrower.allowedActions.remove(.canAddMoreInfo)
        _ = try await obp.updateView(Self.view, narrower, in: Self.account)
        store.send(.screenKey(.character("e")))
        store.send(.edit(.deleteToStart))
        PaymentFlowSandboxTests.type(store, "Pays on the 5th")
        try await store.settle()
        #expect(store.state.status.error?.contains("can_add_more_info") == true)
        #expect(store.state.status.error?.hasSuffix("(kept as a draft: :retry)") == true)
        let target = CounterpartyFieldTarget(provider: obp.name, account: Self.account, viewID: Self.view,
                                             counterpartyID: party.id, field: .moreInfo)
        #expect(try drafts.load().map(\.change) == [.counterpartyField(target, text: "Pays on the 5th")])
        #expect(try drafts.load().first?.error != nil)
        screen = try #require(store.state.topScreen?.screen as? CounterpartiesScreen)
        #expect(screen.opened?.metadata?.moreInfo != "Pays on the 5th", "rolled back")
        #expect(screen.drafts.map(\.typedText) == ["Pays on the 5th"])

        // A restart: a new session reads the drafts file; the view allows the field again, and :retry saves it.
        _ = try await obp.updateView(Self.view, everything, in: Self.account)
        let restarted = Self.store(obp, drafts: drafts)
        restarted.send(.start)
        try await restarted.settle()
        #expect(restarted.state.drafts.map(\.change) == [.counterpartyField(target, text: "Pays on the 5th")])
        restarted.send(.commandLine)
        PaymentFlowSandboxTests.type(restarted, "retry")
        try await restarted.settle()
        #expect(restarted.state.drafts.isEmpty)
        #expect(restarted.state.status.info == "saved the more info")
        #expect(try drafts.load().isEmpty)
        let saved = try await obp.counterpartyMetadata(of: party.id, in: Self.account, view: Self.view)
        #expect(saved.moreInfo == "Pays on the 5th")
    }
}
