import Foundation
import Testing

/// `pay`, `payments`, `account` and `fx` as scripts use them, against `bankterm sandbox`.
@Suite(.serialized) struct PaymentCommandTests {
    private func cli(_ binary: BanktermBinary, _ url: String, _ arguments: [String]) async throws -> BanktermBinary.Result {
        try await binary.run(["--base-url", url, "--username", "demo", "--consumer-key", "bankterm-sandbox-key"] + arguments)
    }

    private let pay = ["pay", "--from-bank", "bankterm.fi", "--from-account", "fi-kaytto-001", "--to-bank", "bankterm.fi",
                       "--to-account", "fi-saasto-002", "--currency", "EUR", "--description", "CLI"]

    @Test("pay, answer, list and show print JSON; bad input and wrong answers fail with one line")
    func payments() async throws {
        let binary = try BanktermBinary.locate()
        try await binary.withSandbox { url in
            let small = try await cli(binary, url, pay + ["--amount", "12.50"])
            #expect(small.status == 0, "\(small.stderr)")
            let smallJSON = try #require(try small.json() as? [String: Any])
            #expect(smallJSON["status"] as? String == "COMPLETED")
            #expect((smallJSON["value"] as? [String: Any])?["amount"] as? String == "12.50")

            let answered = try await cli(binary, url, pay + ["--amount", "1500", "--answer", "123"])
            #expect(answered.status == 0, "\(answered.stderr)")
            #expect(try (answered.json() as? [String: Any])?["status"] as? String == "COMPLETED")

            // No terminal and no --answer: the request waits (printed, and a failure: nothing is paid yet), and
            // `payments answer` settles it.
            let unanswered = try await cli(binary, url, pay + ["--amount", "2000"])
            let waiting = try #require(try unanswered.json() as? [String: Any])
            #expect(waiting["status"] as? String == "INITIATED")
            let id = try #require(waiting["id"] as? String)
            #expect(unanswered.status != 0 && unanswered.stderr.contains("not paid yet: the payment waits as transaction request \(id)"),
                    "\(unanswered.stderr)")
            let account = ["--bank", "bankterm.fi", "--account", "fi-kaytto-001"]
            let wrong = try await cli(binary, url, ["payments", "answer"] + account + [id, "999"])
            #expect(wrong.status != 0 && wrong.stderr.hasPrefix("error: OBP-40016") && wrong.stderr.split(separator: "\n").count == 1,
                    "\(wrong.stderr)")
            let right = try await cli(binary, url, ["payments", "answer"] + account + [id, "123"])
            #expect(try (right.json() as? [String: Any])?["status"] as? String == "COMPLETED", "\(right.stderr)")
            let shown = try #require(try await cli(binary, url, ["payments", "show"] + account + [id]).json() as? [String: Any])
            #expect((shown["transaction_ids"] as? [String])?.count == 1)
            let listed = try #require(try await cli(binary, url, ["payments", "list"] + account).json() as? [[String: Any]])
            #expect(listed.count == 3)

            let precise = try await cli(binary, url, pay + ["--amount", "12.345"])
            #expect(precise.status != 0 && precise.stderr == "error: EUR has 2 decimal places\n", "\(precise.stderr)")
            let twoReceivers = try await cli(binary, url, pay + ["--amount", "1", "--to-iban", "DE89370400440532013000"])
            #expect(twoReceivers.status != 0)
            let payIBAN = ["pay", "--from-bank", "bankterm.fi", "--from-account", "fi-kaytto-001", "--currency", "EUR",
                           "--description", "CLI", "--amount", "1"]
            let mistyped = try await cli(binary, url, payIBAN + ["--to-iban", "GB00BUKB20201555555555"])
            #expect(mistyped.status != 0 && mistyped.stderr.contains("check digits do not match"), "\(mistyped.stderr)")
            let afterRefusals = try #require(try await cli(binary, url, ["payments", "list"] + account).json() as? [[String: Any]])
            #expect(afterRefusals.count == 3, "refused input sends nothing")

            // A wrong --answer leaves the request waiting: the error names it, so a script answers it instead of
            // paying again.
            let wrongAnswer = try await cli(binary, url, pay + ["--amount", "2000", "--answer", "999"])
            let nowListed = try #require(try await cli(binary, url, ["payments", "list"] + account).json() as? [[String: Any]])
            let waitingID = try #require(nowListed.compactMap { $0["id"] as? String }
                .first { !afterRefusals.compactMap { $0["id"] as? String }.contains($0) })
            #expect(wrongAnswer.status != 0 && wrongAnswer.stderr.contains("waits as transaction request \(waitingID)"),
                    "\(wrongAnswer.stderr)")
        }
    }

    @Test("account create, label, fx and fx set")
    func accountsAndRates() async throws {
        let binary = try BanktermBinary.locate()
        try await binary.withSandbox { url in
            let made = try await cli(binary, url, ["account", "create", "--bank", "bankterm.fi", "--id", "cli-1", "--label", "Matka",
                                             "--currency", "eur"])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(try (made.json() as? [String: String]) == ["bank_id": "bankterm.fi", "account_id": "cli-1"])
            let again = try await cli(binary, url, ["account", "create", "--bank", "bankterm.fi", "--id", "cli-1", "--label", "x", "--currency", "EUR"])
            #expect(again.status != 0 && again.stderr.contains("OBP-30208"))
            let label = try await cli(binary, url, ["account", "label", "--bank", "bankterm.fi", "--account", "cli-1", "--label", "Reissu"])
            #expect(label.status == 0, "\(label.stderr)")
            let accounts = try #require(try await cli(binary, url, ["accounts", "--bank", "bankterm.fi", "--format", "json"]).json() as? [[String: Any]])
            #expect(accounts.first { $0["account_id"] as? String == "cli-1" }?["label"] as? String == "Reissu")

            let rate = try #require(try await cli(binary, url, ["fx", "EUR", "GBP", "--bank", "bankterm.fi"]).json() as? [String: Any])
            #expect(rate["rate"] as? String == "0.860011")
            let refused = try await cli(binary, url, ["fx", "set", "--bank", "bankterm.fi", "--from", "EUR", "--to", "GBP", "--rate", "0.9"])
            #expect(refused.status != 0 && refused.stderr.contains("OBP-20006"), "\(refused.stderr)")
            let attr = try await cli(binary, url, ["account", "attr", "set", "--bank", "bankterm.fi", "--account", "cli-1", "--product", "CURRENT",
                                             "--name", "LIMIT", "--type", "INTEGER", "--value", "100"])
            #expect(attr.status != 0 && attr.stderr.contains("OBP-20006"), "\(attr.stderr)")
        }
    }
}
