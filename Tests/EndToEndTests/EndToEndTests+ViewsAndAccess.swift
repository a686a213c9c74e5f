import BankKit
import Foundation
import Sandbox
import Testing

/// Views and access as a person uses them, two browsers under tmux against one sandbox: the owner (`demo`) makes
/// `_family` in `:views` (balances hidden, counterparties by public alias) and grants it to `aino` in `:access`;
/// aino, logged in, reads the account through `_family`; the owner revokes it and aino's accounts list loses the
/// account; `:compare owner _public` shows the public side's hidden cells. Each step is checked over HTTP too.
/// Part of the serialized `EndToEndTests` suite; the two browsers take turns.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the views and access end-to-end test"))
    func makeGrantUseRevokeAndCompareAView() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-access-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 300))
        defer { Task { await server.stop() } }

        let owner = try Tmux(command: try Self.browserScript(binary, user: "demo", server: server, home: home),
                             cols: 120, rows: 40)
        defer { owner.kill() }
        let check = EndToEndTests.demoClient(of: server)
        let bank = try #require(try await check.banks().first { $0.shortName == "Musterbank" })
        let account = try #require(try await check.accounts(bank: bank.id).first)

        // The owner opens the account and makes `_family` from the owner view in the matrix.
        try await owner.waitFor(text: "Musterbank", timeout: 60)
        try owner.send("Enter")
        try await owner.waitFor("accounts listed") { $0.contains("Accounts (") && !$0.contains("Accounts (0)") }
        try owner.send("Enter")
        try await owner.waitFor(text: "Transactions · owner (50+)")
        try Self.command(owner, "views")
        try await owner.waitFor(text: "which_alias_to_use")
        try owner.send("n")
        try await Self.answer(owner, "New view copying owner", with: "family")
        try await owner.waitFor(text: "made _family")
        // Row 1 is which_alias_to_use (Space: none -> public), row 6 can_see_transaction_balance, row 15
        // can_see_bank_account_balance.
        try owner.send("j")
        try owner.send("Space")
        try await owner.waitFor(text: "public*")
        for _ in 0..<5 { try owner.send("j") }
        try owner.send("Space")
        for _ in 0..<9 { try owner.send("j") }
        try owner.send("Space")
        try owner.send("s")
        let question = try await owner.waitFor(text: "Save _family:")
        #expect(question.contains("- can_see_transaction_balance"))
        try owner.send("y")
        try await owner.waitFor(text: "saved _family")
        let family = try #require(try await check.viewDetails(account: account.ref).first { $0.id == "_family" })
        #expect(family.alias == .publicAlias)
        #expect(!family.permissions.contains(.init(.canSeeTransactionBalance)))
        #expect(!family.permissions.contains(.init(.canSeeBankAccountBalance)))
        #expect(family.permissions.contains(.init(.canSeeTransactionAmount)))

        // Grant it to aino in the access grid.
        try owner.send("Escape")
        try await owner.waitFor("views closed") { !$0.contains("which_alias_to_use") }
        try Self.command(owner, "access")
        // The title shows before the grid has loaded; `g` needs the views, so wait for the caller's own row.
        try await owner.waitFor("access loaded") { $0.contains("Access to Girokonto") && $0.contains("│demo ") }
        try owner.send("g")
        try await Self.answer(owner, "Grant views of", with: "aino")
        try await Self.answer(owner, "Views to grant aino", with: "_family")
        try await owner.waitFor(text: "granted _family to aino")
        let grid = try await owner.waitFor("aino listed") { $0.contains("│aino ") }
        let granted = try await check.accessList(account: account.ref)
        #expect(granted.first { $0.user.displayName == "aino" }?.views.map(\.id) == ["_family"])

        // aino logs in and reads the account through `_family`: amounts shown, balances hidden, counterparties
        // by alias.
        let friend = try Tmux(command: try Self.browserScript(binary, user: "aino", server: server, home: home),
                              cols: 120, rows: 40)
        defer { friend.kill() }
        try await friend.waitFor(text: "Musterbank", timeout: 60)
        try friend.send("Enter")
        try await friend.waitFor(text: "Girokonto")
        try friend.send("Enter")
        try await friend.waitFor(text: "Transactions ·")
        try Self.command(friend, "view _family")
        let seen = try await friend.waitFor("rows through _family") {
            $0.contains("Transactions · _family (50+)") && $0.contains("hidden")
        }
        let rows = seen.split(separator: "\n").filter { $0.contains("hidden") }
        #expect(rows.contains { $0.contains("≈ ") }, "counterparties by their public alias")
        #expect(rows.allSatisfy { $0.components(separatedBy: "hidden").count == 2 }, "amounts show, balances are hidden")

        // The owner revokes it on aino's `_family` mark; aino's accounts list loses the account.
        let users = grid.split(separator: "\n").filter { $0.hasPrefix("│") && $0.contains("http") }
        let ainoRow = try #require(users.firstIndex { $0.hasPrefix("│aino ") })
        for _ in 0..<ainoRow { try owner.send("j") }
        for _ in 0..<8 { try owner.send("]") }
        try await owner.waitFor(text: "[_family]")
        try owner.send("Space")
        try await owner.waitFor(text: "Revoke _family from aino?")
        try owner.send("y")
        try await owner.waitFor(text: "revoked _family from aino")
        let revoked = try await check.accessList(account: account.ref)
        #expect(!revoked.contains { $0.user.displayName == "aino" })
        try friend.send("Escape")
        try friend.send("r")
        try await friend.waitFor(text: "Accounts (0)")

        // Two views side by side: the public one hides balances, each marked `hidden`, and names by alias.
        try owner.send("Escape")
        try await owner.waitFor("access closed") { !$0.contains("Access to Girokonto") }
        try Self.command(owner, "compare owner _public")
        let compared = try await owner.waitFor("both views listed") {
            $0.contains("owner vs _public") && $0.contains("Balance _public")
                && $0.split(separator: "\n").contains { $0.contains("≈ ") && $0.contains("hidden") }
        }
        #expect(!compared.contains(" 0 fields hidden"))

        for tmux in [owner, friend] { try tmux.send("q") }
        try await owner.waitFor(text: "EXITED rc=0")
        try await friend.waitFor(text: "EXITED rc=0")
        print("views and access e2e: the sandbox served \(await server.requestCount) requests to both browsers and the checks")
    }

    /// Waits for the prompt titled `prompt`, types `text` into it and presses Enter.
    static func answer(_ tmux: Tmux, _ prompt: String, with text: String) async throws {
        try await tmux.waitFor(text: prompt)
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
    }

    /// `:` and a command line, then Enter.
    static func command(_ tmux: Tmux, _ line: String) throws {
        try tmux.send(":")
        try tmux.send(line, literal: true)
        try tmux.send("Enter")
    }

    /// A script that runs the browser as `user` of the demo data, with its own config and state directories;
    /// the password goes through the environment, never argv.
    static func browserScript(_ binary: URL, user: String, server: SandboxServer, home: URL) throws -> String {
        let dir = home.appendingPathComponent(user)
        let script = home.appendingPathComponent("\(user).sh")
        try """
        #!/bin/sh
        export XDG_CONFIG_HOME='\(dir.path)/config' XDG_STATE_HOME='\(dir.path)/state' XDG_DATA_HOME='\(dir.path)/data'
        export BANKTERM_PASSWORD='\(DemoCredentials.password)' TERM=xterm-256color
        '\(binary.path)' --base-url '\(server.baseURL)' --username '\(user)' --consumer-key '\(DemoCredentials.consumerKey)' ui
        printf 'EXITED rc=%s\\n' "$?"
        sleep 600
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        return script.path
    }
}
