import BankKit
import Foundation
import Sandbox
import Testing

/// A hostile server (issue 5, item 1): annotations that try to clear the screen, retitle the window, ring the
/// bell, use an 8-bit CSI and reverse the text are stored through the HTTP API, then the real binary opens that
/// transaction under tmux. Nothing may reach the terminal raw: each byte shows up as a visible placeholder.
extension EndToEndTests {
    static let hostileComment = "HOSTILE-C\u{1B}[2J\u{1B}]0;pwned\u{07}bell\u{07}csi\u{9B}31mred\u{202E}desrever"
    static let hostileTag = "tag\u{1B}[2Jx"
    static let hostileNarrative = "NARR\u{1B}]0;pwned2\u{1B}\\\u{1B}P1$qm\u{1B}\\end\u{200B}zw"

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the terminal-safety test"))
    func hostileAnnotationsNeverDriveTheTerminal() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 100))
        defer { Task { await server.stop() } }

        let api = EndToEndTests.demoClient(of: server)
        let bank = try #require(try await api.banks().first { $0.shortName == "Musterbank" })
        let account = try #require(try await api.accounts(bank: bank.id).first)
        let first = try #require(try await api.transactions(account.ref, view: "owner", page: PageRequest()).items.first)
        _ = try await api.addComment(EndToEndTests.hostileComment, to: first.id, in: account.ref, view: "owner")
        _ = try await api.addTag(EndToEndTests.hostileTag, to: first.id, in: account.ref, view: "owner")
        try await api.setNarrative(EndToEndTests.hostileNarrative, on: first.id, in: account.ref, view: "owner")
        let stored = try await api.transaction(account.ref, view: "owner", id: first.id)
        #expect(stored.metadata.comments?.contains { $0.value == EndToEndTests.hostileComment } == true,
                "the server keeps the hostile bytes, so the client is what must defuse them")

        let script = try EndToEndTests.browserScript(in: home, server: server, binary: binary)

        let tmux = try Tmux(command: script.path, cols: 160, rows: 45)
        defer { tmux.kill() }
        let titleBefore = try tmux.run(["display", "-p", "-t", tmux.session, "#{pane_title}"])
        try await tmux.waitFor(text: "Musterbank", timeout: 60)
        try tmux.send("Enter")
        try await tmux.waitFor("accounts listed") { $0.contains("Accounts (") && !$0.contains("Accounts (0)") }
        try tmux.send("Enter")
        // The first page, not just the pane: an Enter pressed before the rows arrive opens nothing.
        try await tmux.waitFor("transactions listed") {
            $0.contains("Transactions · owner (") && !$0.contains("Transactions · owner (0)")
        }
        try tmux.send("Enter")
        let screen = try await tmux.waitFor(text: "HOSTILE-C")

        #expect(screen.contains("HOSTILE-C␛[2J␛]0;pwned␇bell␇csi\u{FFFD}31mred\u{FFFD}desrever"), "\(screen)")
        #expect(screen.contains("tag␛[2Jx"), "\(screen)")
        #expect(screen.contains("NARR␛]0;pwned2␛\\␛P1$qm␛\\end\u{FFFD}zw"), "\(screen)")
        #expect(screen.contains("Accounts (") && screen.contains("Transactions · owner"),
                "the screen was not cleared: the other panes are still there")
        let titleAfter = try tmux.run(["display", "-p", "-t", tmux.session, "#{pane_title}"])
        #expect(titleAfter == titleBefore, "the pane title is unchanged")
        #expect(!titleAfter.contains("pwned"))
        let bells = try tmux.run(["display", "-p", "-t", tmux.session, "#{window_bell_flag}"])
        #expect(bells.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "no bell reached the terminal")

        try tmux.send("q")
        #expect(try await tmux.waitFor(text: "EXITED rc=").contains("EXITED rc=0"))
    }
}
