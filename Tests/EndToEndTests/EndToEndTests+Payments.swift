import BankKit
import Foundation
import Sandbox
import Testing

/// The payment people demo, from the keyboard: `p` on Girokonto Straße, Säästötili picked from the user's accounts
/// with a filter, 1,500 EUR (above the challenge threshold), the confirmation with both balances before and after,
/// the challenge answered wrongly and then rightly; then both balances changed and the transaction at the top of
/// both lists, checked on screen and over HTTP. And `L` relabels the receiving account.
/// Part of the serialized `EndToEndTests` suite: two browsers under tmux at once starve each other on two cores.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the payments end-to-end test"))
    func payAnswerTheChallengeSeeBothAccountsAndRelabel() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-pay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 60))
        defer { Task { await server.stop() } }
        let obp = EndToEndTests.demoClient(of: server)
        let payer = AccountRef(bankID: "bankterm.de", accountID: "de-giro-001")
        let receiver = AccountRef(bankID: "bankterm.fi", accountID: "fi-saasto-002")
        let payerBefore = try #require(try await obp.account(payer, view: "owner").balance)
        let receiverBefore = try #require(try await obp.account(receiver, view: "owner").balance)
        func row(of account: AccountRef) async throws -> Int {
            try #require(try await obp.accounts(bank: account.bankID).firstIndex { $0.ref == account })
        }

        let script = try EndToEndTests.browserScript(in: home, server: server, binary: binary)
        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        // Girokonto Straße's transactions, then `p`: the form, from this account.
        try await tmux.waitFor(text: "Musterbank", timeout: 60)
        try tmux.send(":")
        try tmux.send("bank \(payer.bankID)", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Jürgens Gi")
        for _ in 0..<(try await row(of: payer)) { try tmux.send("j") }
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Transactions · owner (")
        try tmux.send("p")
        try await tmux.waitFor(text: "New payment from \(payer)")

        // Enter on To: the receivers; `/` narrows them to the savings account.
        try tmux.send("Enter")
        try await tmux.waitFor(text: "my account")
        try tmux.send("/")
        try await tmux.waitFor(text: "filter the receivers")
        try tmux.send("saasto", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Pay to: pick a receiver (1)")
        try tmux.send("Enter")
        try await tmux.waitFor(text: receiver.description)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "amount (e.g. 12.50)")
        try tmux.send("1500", literal: true)
        try tmux.send("Enter")
        try tmux.send("j")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "description")
        try tmux.send("Rent e2e", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "ready: s shows the balances after")

        // The confirmation: both balances before and after; nothing is sent before the yes.
        try tmux.send("s")
        let confirm = try await tmux.waitFor(text: "It is sent once.")
        #expect(confirm.contains("\(Self.text(payerBefore)) → \(Self.text(payerBefore, plus: -1500))"), "\(confirm)")
        #expect(confirm.contains("\(Self.text(receiverBefore)) → \(Self.text(receiverBefore, plus: 1500))"))
        #expect(try await obp.transactionRequests(payer, view: "owner").isEmpty)
        try tmux.send("y")
        try await tmux.waitFor(text: "3 attempts left")

        // Wrong, then right.
        try tmux.send("999", literal: true)
        try tmux.send("Enter")
        // The refusal shows before the request is read again, and `a` titles its prompt with the attempts left as
        // last read: wait until the opened request says 2.
        try await tmux.waitFor("the refusal, and the request read again") {
            $0.contains("OBP-40016") && EndToEndTests.detail(on: $0, shows: "Attempts left", "2")
        }
        try tmux.send("a")
        try await tmux.waitFor(text: "2 attempts left")
        try tmux.send("123", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "COMPLETED")
        let requests = try await obp.transactionRequests(payer, view: "owner")
        #expect(requests.count == 1 && requests.first?.status == .completed, "sent once")
        let transactionID = try #require(requests.first?.transactionIDs.first)

        // Back in the browser: the payer's new balance, and the payment selected at the top of its list.
        try tmux.send("Escape")
        try tmux.send("Escape")
        let payerAfter = try #require(try await obp.account(payer, view: "owner").balance)
        #expect(payerAfter.amount == payerBefore.amount - 1500)
        try await tmux.waitFor("the payer's list read again") {
            $0.contains(Self.text(payerAfter)) && $0.contains("Rent e2e")
        }
        let top = try await obp.transactions(payer, view: "owner", page: PageRequest(limit: 1))
        #expect(top.items.first?.id == transactionID)
        try tmux.send("Enter")
        // The identifiers close the detail, below the counterparty's metadata: G scrolls to them.
        try await tmux.waitFor(text: "Balance after")
        try tmux.send("G")
        try await tmux.waitFor(text: transactionID.rawValue)

        // The receiver: credited at the top of its list; then relabelled with `L`.
        try tmux.send(":")
        try tmux.send("bank \(receiver.bankID)", literal: true)
        try tmux.send("Enter")
        let receiverAfter = try #require(try await obp.account(receiver, view: "owner").balance)
        #expect(receiverAfter.amount == receiverBefore.amount + 1500)
        try await tmux.waitFor(text: "Ainon käy")
        for _ in 0..<(try await row(of: receiver)) { try tmux.send("j") }
        try tmux.send("L")
        try await tmux.waitFor(text: "new label for \(receiver)")
        try tmux.send("C-u")
        try tmux.send("Holiday fund", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "is now labelled Holiday fund")
        #expect(try await obp.account(receiver, view: "owner").label == "Holiday fund")
        try tmux.send("Enter")
        try await tmux.waitFor("the receiver's list, the payment at the top") {
            $0.contains("Transactions · owner (") && $0.contains("Rent e2e")
        }
        let credited = try await obp.transactions(receiver, view: "owner", page: PageRequest(limit: 1))
        #expect(credited.items.first?.description == "Rent e2e")

        let screen = try await tmux.waitFor("the status bar's request count") { EndToEndTests.requestCount(on: $0) != nil }
        print("payments e2e: the UI made \(EndToEndTests.requestCount(on: screen) ?? -1) requests for the session; "
              + "the sandbox served \(await server.requestCount) including the test's checks")
        try tmux.send("q")
        try await tmux.waitFor(text: "EXITED rc=0")
    }

    /// A (two-decimal) amount as the screens write it: `1234.50 EUR`.
    static func text(_ money: Money, plus delta: Decimal = 0) -> String {
        let minor = NSDecimalNumber(decimal: (money.amount + delta) * 100).int64Value
        return MinorAmount.format(minor, digits: 2) + " " + money.currency
    }
}
