import BankKit
import Foundation
import Sandbox
import Testing

/// `:oppayments` under tmux on `bankterm demo --provider op`, as a merchant would use it: a payment made from the
/// form, its browser-flow URL copied with `y` and followed as the payer's browser would, the status seen to move
/// with `r`, and half of it refunded from the screen after the confirmation; then the same payment read over
/// HTTP with the demo shop's key. Part of the serialized `EndToEndTests` suite.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the OP payments end-to-end test"))
    func createFollowAndRefundAnOPPayment() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-oppay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        let script = try EndToEndTests.demoScript(in: home, binary: binary, arguments: "--provider op")

        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }
        // `y` writes OSC 52; with this tmux keeps it as a paste buffer, which is how the test reads the copy.
        try tmux.run(["set-option", "-g", "set-clipboard", "on"])

        try await tmux.waitFor("the first customer", timeout: 60) { $0.contains("Banks (1)") && $0.contains("Aino Virtanen") }
        try tmux.send(":oppayments", literal: true)
        try tmux.send("Enter")
        // The title says (0) while the ledger is still being read; the empty list's note shows once it has been, so
        // no first read can land after the new payment's and list nothing.
        try await tmux.waitFor(text: "no OP payments made here yet")

        // The form: amount, a reference checked as it is typed, the return URL, then the confirmation.
        try tmux.send("n", literal: true)
        try await tmux.waitFor(text: "Amount (EUR")
        try tmux.send("20.00", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Reference (Finnish or RF)")
        try tmux.send("RF18 5390 0754 7034", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Return URL")
        try tmux.send("shop.example/return", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Create a payment of 20.00 EUR")
        try tmux.send("y", literal: true)
        try await tmux.waitFor("the new payment listed") {
            $0.contains("OP payments made here (1)") && $0.contains("INITIAL")
        }

        // Enter shows the payment; `y` copies its browser-flow URL.
        try tmux.send("Enter")
        let shown = try await tmux.waitFor("the payment's status from OP") {
            $0.contains("browser flow") && $0.contains("status") && !$0.contains("asking OP")
        }
        let paymentID = try #require(shown.firstMatch(of: /Payment ([0-9a-f-]{36})/).map { String($0.1) })
        try tmux.send("y", literal: true)
        try await tmux.waitFor(text: "copied the browser-flow URL")
        // The browser writes the OSC 52 after the frame that says so: tmux may show the note before it has the copy.
        try await tmux.waitFor("the URL in tmux's paste buffer") { _ in
            (try? tmux.run(["show-buffer"]))?.contains("paymentOperationId=") == true
        }
        let url = try tmux.run(["show-buffer"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(url.contains("/customer/payment/startPaymentConfirmation?paymentOperationId="))

        // The payer's browser: the sandbox has no payment UI and sends it straight back to the shop.
        let flow = try await HTTPTransport().send(HTTPRequest(url: url))
        #expect(flow.status == 302)
        #expect(flow.headers["Location"] == "https://shop.example/return")

        // `r` asks OP again, the open payment's status included.
        try tmux.send("r", literal: true)
        try await tmux.waitFor("the payment completed") { screen in
            screen.split(separator: "\n").contains { $0.contains("│status") && $0.contains("COMPLETED") }
        }

        // Half of it back, asked first.
        try tmux.send("Escape")
        try await tmux.waitFor("the list again") { !$0.contains("browser flow") }
        try tmux.send("R", literal: true)
        try await tmux.waitFor(text: "Refund (at most 20.00 EUR)")
        try tmux.send("C-u")
        try tmux.send("10.00", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Refund 10.00 EUR of payment \(paymentID)?")
        try tmux.send("y", literal: true)
        try await tmux.waitFor("the refund listed") {
            $0.contains("has 10.00 EUR refunded") && $0.contains("OP payments made here (2)")
        }

        // The same payment over HTTP, signed with the demo shop's (test-only) key.
        let flowHost = try #require(URLComponents(string: url))
        let base = "\(flowHost.scheme ?? "http")://\(flowHost.host ?? "127.0.0.1"):\(flowHost.port ?? 80)"
        let merchant = OPPaymentClient(configuration: OPMerchantConfiguration(
            baseURL: base, merchantID: OPTestMerchant.merchantID, accountID: OPTestMerchant.accountID,
            apiKey: OPSandbox.demoAPIKey, keyVersion: OPTestMerchant.keyVersion,
            key: try OPMerchantKey(pem: OPTestMerchant.privateKeyPEM, source: "test")))
        let status = try await merchant.status(paymentID)
        #expect(status.status == OPPaymentAPI.Status.completed)
        #expect(status.amount == "20.00")
        #expect(status.totalRefundedAmount == "10.00")
        #expect(status.refunds.count == 1)

        try tmux.send("Escape")
        try tmux.send("q", literal: true)
        try await tmux.waitFor(text: "EXITED rc=0")
    }
}
