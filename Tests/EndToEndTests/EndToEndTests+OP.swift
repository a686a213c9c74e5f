import BankKit
import Foundation
import Sandbox
import Testing

/// `bankterm demo --provider op` under tmux: the first customer browsed at once, `:customer` switching to another
/// without a restart, the one OP bank, an account and a transaction with no view named, view switching refused,
/// and a tag typed in the browser that lands in the local annotation store.
/// Part of the serialized `EndToEndTests` suite: two browsers under tmux at once starve each other on two cores.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the OP end-to-end test"))
    func browseTheOPDemoAndTagATransaction() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-op-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        let script = try EndToEndTests.demoScript(in: home, binary: binary, arguments: "--provider op")

        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        // No token: the browser opens as the first sandbox customer; :customer switches to the second.
        try await tmux.waitFor("the first customer", timeout: 60) { $0.contains("Banks (1)") && $0.contains("Aino Virtanen") }
        try tmux.send(":customer", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "OP sandbox customers (4)")
        try tmux.send("j", literal: true)
        try tmux.send("Enter")
        let banks = try await tmux.waitFor("the one OP bank") {
            $0.contains("Banks (1)") && $0.contains("Matti Korhonen") && !$0.contains("OP sandbox customers")
        }
        #expect(banks.contains("│OP "))
        try tmux.send("Enter")
        try await tmux.waitFor(text: "KÄYTTÖTILI")
        try tmux.send("Enter")
        // The first page, not just the pane: an Enter pressed before the rows arrive opens nothing.
        // OP has no views: the title names none, and no row says "hidden".
        let listed = try await tmux.waitFor("transactions listed") {
            $0.contains("Transactions (") && !$0.contains("Transactions (0)")
        }
        #expect(!listed.contains("· owner") && !listed.contains("hidden"))
        try tmux.send("v")
        try await tmux.waitFor(text: "has no views")
        try tmux.send("Enter")
        let detail = try await tmux.waitFor(text: "Annotations (kept on this machine)")
        #expect(!detail.contains("hidden by view") && !detail.contains("view: owner"))

        try tmux.send("t")
        try await tmux.waitFor(text: "Tag:")
        try tmux.send("ruoka-e2e", literal: true)
        try tmux.send("Enter")
        // The tag shows before the store has it, and `q` with the write still out asks before quitting: wait for
        // the UI to have the store's answer, not only for the store (below) to have the tag.
        try await tmux.waitFor("the tag saved") { $0.contains("#ruoka-e2e") && $0.contains("saved tag \"ruoka-e2e\"") }

        // The same (deterministic) data from a sandbox of the test's own: the newest transaction of the first account.
        let server = try await SandboxServer.start(SandboxConfiguration())
        let path = home.appendingPathComponent("data/bankterm/annotations.sqlite").path
        let store = try LocalAnnotationStore(path: path)
        let reader = OPProvider(configuration: OPConfiguration(
            baseURL: server.baseURL, apiKey: OPSandbox.demoAPIKey, token: OPSandbox.customers[1].token,
            annotations: store))
        let account = try #require(try await reader.accounts(bank: nil).first)
        let newest = try #require(try await reader.transactions(account.ref, view: "owner",
                                                                page: PageRequest(limit: 1)).items.first)
        let tx = try await EndToEndTests.eventually {
            try await reader.transaction(account.ref, view: "owner", id: newest.id)
        } until: { $0.metadata.tags?.contains { $0.value == "ruoka-e2e" } == true }
        #expect(tx.metadata.isLocal)
        await server.stop()

        try tmux.send("q")
        try await tmux.waitFor(text: "EXITED rc=0")
    }
}
