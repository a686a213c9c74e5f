import BankKit
import Foundation
import Sandbox
import Testing

extension EndToEndTests {
    /// `:counterparties` in the real binary under tmux: sorted by total out, a private alias and a URL set in the
    /// detail (checked over HTTP), the alias seen in the transaction list through a view that uses private
    /// aliases, a payee added by IBAN after a bad IBAN is refused with no request sent.
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the end-to-end counterparties test"))
    func counterpartiesSortAliasURLAndPayee() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-e2e-cp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 120))
        defer { Task { await server.stop() } }

        // A view that names counterparties by their private alias, made and granted over HTTP before the UI starts.
        let check = EndToEndTests.demoClient(of: server)
        let bank = try #require(try await check.banks().first)
        let account = try #require(try await check.accounts(bank: bank.id).first)
        _ = try await check.createView(named: "_private", ViewSpec(description: "private aliases", alias: .privateAlias, allowedActions: [
            .canSeeTransactionOtherBankAccount, .canSeeTransactionDescription, .canSeeTransactionAmount,
            .canSeeTransactionStartDate, .canSeeTransactionCurrency,
        ]), in: account.ref)
        let me = try await check.currentUser()
        try await check.grantAccess(to: DemoCredentials.username, provider: try #require(me.provider), views: ["_private"],
                                    account: account.ref)

        let script = home.appendingPathComponent("run.sh")
        try """
        #!/bin/sh
        export XDG_CONFIG_HOME='\(home.path)/config' XDG_STATE_HOME='\(home.path)/state' XDG_DATA_HOME='\(home.path)/data'
        export BANKTERM_PASSWORD='\(DemoCredentials.password)' TERM=xterm-256color
        '\(binary.path)' --base-url '\(server.baseURL)' --username '\(DemoCredentials.username)' \\
            --consumer-key '\(DemoCredentials.consumerKey)' ui
        sleep 600
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        try await tmux.waitFor(text: bank.shortName, timeout: 60)
        try tmux.send("Enter")
        try await tmux.waitFor("accounts listed") { $0.contains("Accounts (") && !$0.contains("Accounts (0)") }
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Transactions · owner")
        var screen = try await tmux.waitFor("a whole frame") { EndToEndTests.requestCount(on: $0) != nil }
        let requestsBefore = try #require(EndToEndTests.requestCount(on: screen))

        // Sorted by total out when it opens; S reverses, S again restores; the totals finish loading.
        try tmux.send(":")
        try tmux.send("counterparties", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor("all pages in") { $0.contains("Counterparties of") && $0.contains("Out ▼") && !$0.contains("so far") }
        try tmux.send("S")
        try await tmux.waitFor(text: "Out ▲")
        try tmux.send("S")
        try await tmux.waitFor(text: "Out ▼")

        // The top row (the most money out): a private alias and a URL, typed into the detail's prompts.
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Transactions ⏎")
        for _ in 0..<3 { try tmux.send("j") } // Last, Public alias, Private alias
        try tmux.send("e")
        try await tmux.waitFor(text: "Private alias of")
        try tmux.send("E2E Alias", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "saved the private alias")
        try tmux.send("j")
        try tmux.send("j")
        try tmux.send("e")
        try await tmux.waitFor(text: "URL of")
        try tmux.send("https://e2e.example", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "saved the URL")
        let changed = try #require(try await check.otherAccounts(account.ref, view: "owner")
            .first { $0.metadata?.privateAlias == "E2E Alias" })
        #expect(changed.metadata?.url == "https://e2e.example")
        var out = [CounterpartyID: Decimal]()
        var page = PageRequest(limit: 100)
        while true {
            let got = try await check.transactions(account.ref, view: "owner", page: page)
            for tx in got.items where (tx.value?.amount ?? 0) < 0 { out[tx.counterparty?.id ?? "", default: 0] -= tx.value?.amount ?? 0 }
            if got.isLast { break }
            page = page.next
        }
        #expect(out[changed.id ?? ""] == out.values.max(), "the top row is the one with the most money out")

        // Through the view that uses private aliases, the transaction list names the counterparty by its alias.
        try tmux.send("Escape")
        try tmux.send("Escape")
        try await tmux.waitFor("screen closed") { !$0.contains("Counterparties of") }
        try tmux.send(":")
        try tmux.send("view _private", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "≈ E2E Alias")

        // A payee: the bad IBAN is refused as it is typed, and Enter sends nothing; the right one is added.
        try tmux.send(":")
        try tmux.send("view owner", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Transactions · owner")
        try tmux.send(":")
        try tmux.send("counterparties", literal: true)
        try tmux.send("Enter")
        // "so far" goes with the totals' last page, which may come before the counterparties themselves: the column
        // headings show only once they are listed, so no load of the screen's own is still going when `served` is
        // counted below.
        try await tmux.waitFor("loaded") { $0.contains("Counterparties of") && $0.contains("Out ▼") && !$0.contains("so far") }
        try tmux.send("a")
        try await tmux.waitFor(text: "New counterparty: name")
        try tmux.send("E2E Landlord", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "IBAN, or BANK_ID/ACCOUNT_ID")
        let served = await server.requestCount
        try tmux.send("FI4950009420028731", literal: true)
        try await tmux.waitFor(text: "check digits do not match")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "check digits do not match")
        #expect(await server.requestCount == served, "a bad IBAN sends nothing")
        try tmux.send("BSpace")
        try tmux.send("0", literal: true)
        try await tmux.waitFor("refusal gone") { !$0.contains("check digits do not match") }
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Currency")
        try tmux.send("Enter")
        screen = try await tmux.waitFor(text: "added E2E Landlord")
        let payees = try await check.explicitCounterparties(account.ref, view: "owner")
        #expect(payees.contains { $0.name == "E2E Landlord" && $0.iban == "FI4950009420028730" })
        let requestsAtEnd = EndToEndTests.requestCount(on: screen) ?? 0
        print("e2e counterparties: the UI sent \(requestsAtEnd - requestsBefore) requests from the transaction list on "
              + "(screen twice with every page of totals, two metadata writes, the view switches, one POST); "
              + "the sandbox served \(await server.requestCount) including the test's checks")
        try tmux.send("q")
    }
}
