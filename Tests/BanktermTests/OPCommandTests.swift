import BankKit
import Foundation
import Sandbox
import Testing
@testable import bankterm

/// `bankterm op ...` as a user runs it: the built binary, a merchant profile in config.toml with the TEST-ONLY
/// key in a 0600 file, against a sandbox on 127.0.0.1.
@Suite(.serialized) struct OPCommandTests {
    static func withMerchant(keyMode: mode_t = 0o600,
                             _ body: (CLI, SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let cli = try CLI()
        do {
            let keyPath = cli.home.appendingPathComponent("op-test-merchant.pem").path
            try OPMerchantKey.write(pem: OPTestMerchant.privateKeyPEM, to: keyPath)
            chmod(keyPath, keyMode)
            try cli.writeConfig("""
                default_profile = "shop"
                [profiles.shop]
                provider = "op"
                base_url = "\(server.baseURL)"
                api_key = "\(OPSandbox.demoAPIKey)"
                merchant_id = "\(OPTestMerchant.merchantID)"
                account_id = "\(OPTestMerchant.accountID)"
                private_key_file = "~/op-test-merchant.pem"
                key_version = 0
                """)
            try await body(cli, server)
        } catch {
            await server.stop()
            cli.remove()
            throw error
        }
        await server.stop()
        cli.remove()
    }

    static func create(_ cli: CLI, amount: String = "10.00") async throws -> [String: Any] {
        let result = try await cli.run(["op", "payment", "create", "--amount", amount, "--reference", "RF3517834735",
                                  "--return-url", "https://shop.example.com/return", "--language", "en",
                                  "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    @Test func createPrintsTheIdAndTheBrowserFlowURL() async throws {
        try await Self.withMerchant { cli, server in
            let text = try await cli.run(["op", "payment", "create", "--amount", "10.00", "--reference", "1234561",
                                    "--return-url", "https://shop.example.com/return"])
            #expect(text.status == 0, "\(text.stderr)")
            let lines = text.stdout.split(separator: "\n")
            try #require(lines.count == 3)
            #expect(lines[0].hasPrefix("payment  ") && lines[1].hasPrefix("browser  "))
            #expect(lines[1].contains(server.baseURL + "/customer/payment/startPaymentConfirmation?"))

            let json = try await Self.create(cli)
            #expect(Set(json.keys) == ["payment_id", "payment_operation_id", "browser_flow_url", "request_id"])
        }
    }

    @Test func statusFollowsTheBrowserFlowAndRefundsAskFirst() async throws {
        try await Self.withMerchant { cli, _ in
            let created = try await Self.create(cli, amount: "10.00")
            let id = try #require(created["payment_id"] as? String)
            let initial = try await cli.run(["op", "payment", "status", id, "--format", "json"])
            #expect(try (initial.json() as? [String: Any])?["status"] as? String == "INITIAL")

            let url = try #require(created["browser_flow_url"] as? String)
            let redirect = try await HTTPTransport().send(HTTPRequest(url: url))
            #expect(redirect.status == 302)

            let watched = try await cli.run(["op", "payment", "status", id, "--watch", "--interval", "0.2"])
            #expect(watched.status == 0 && watched.stdout.contains("status    COMPLETED"), "\(watched.stdout)")

            let unasked = try await cli.run(["op", "payment", "refund", id, "--amount", "5.00", "--message", "Palautus"])
            #expect(unasked.status != 0 && unasked.stderr.contains("--yes"))
            let refund = try await cli.run(["op", "payment", "refund", id, "--amount", "5.00", "--message", "Palautus",
                                      "--yes", "--format", "json"])
            #expect(refund.status == 0, "\(refund.stderr)")
            #expect(try (refund.json() as? [String: Any])?["total_refunded_amount"] as? String == "5.00")
            let past = try await cli.run(["op", "payment", "refund", id, "--amount", "5.01", "--reference", "1234561",
                                    "--yes"])
            #expect(past.status == 1 && past.stderr.hasPrefix("error: ") && past.stderr.contains("5.00"))
            #expect(past.stderr.split(separator: "\n").count == 1)
            let both = try await cli.run(["op", "payment", "refund", id, "--amount", "1.00", "--reference", "1234561",
                                    "--message", "m", "--yes"])
            #expect(both.status != 0)
        }
    }

    @Test func providersListTheOtherBanks() async throws {
        try await Self.withMerchant { cli, _ in
            let json = try await cli.run(["op", "providers", "--format", "json"])
            let list = try #require(try json.json() as? [[String: Any]])
            #expect(list.contains { $0["bank_id"] as? String == "nordea" })
            let table = try await cli.run(["op", "providers"])
            #expect(table.stdout.hasPrefix("BANK ID") && table.stdout.contains("Danske Bank"))
        }
    }

    @Test func aKeyOthersCanReadIsRefusedAndNeverPrinted() async throws {
        try await Self.withMerchant(keyMode: 0o644) { cli, _ in
            let result = try await cli.run(["op", "providers"])
            #expect(result.status == 1 && result.stderr.contains("chmod 600"))
            #expect(!result.stderr.contains("PRIVATE KEY") && !result.stdout.contains("PRIVATE KEY"))
        }
    }

    @Test func referencesAreMadeOffline() async throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try await cli.run(["op", "reference", "123456"]).stdout == "1234561\n")
        let rf = try await cli.run(["op", "reference", "123456", "--rf"]).stdout
        #expect(rf.hasPrefix("RF") && rf.hasSuffix("1234561\n"))
        #expect(PaymentReference.isValidRF(String(rf.dropLast())))
        let output = try await cli.run(["op", "reference", "17834735", "--format", "json"])
        let json = try #require(try output.json() as? [String: String])
        #expect(json["reference"] == PaymentReference.finnish(base: "17834735"))
        #expect(try await cli.run(["op", "reference", "12"]).status == 1)
    }
}

/// `bankterm demo --provider op`'s merchant: the TEST-ONLY key written with mode 0600 and used as a profile's key.
@Suite struct DemoMerchantTests {
    @Test func theDemoMerchantPaysIntoTheSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        do {
            let client = try DemoCommand.merchantClient(server: server, environment: ["XDG_DATA_HOME": data.path])
            let created = try await client.create(OPNewPayment(amount: "3.00", reference: "1234561",
                                                               returnURL: "https://shop.example.com/"))
            var info = stat()
            let found = stat(data.appendingPathComponent("bankterm/op-test-merchant.pem").path, &info)
            #expect(found == 0 && info.st_mode & 0o777 == 0o600)
            let entries = try await client.ledger?.entries(merchantID: OPTestMerchant.merchantID) ?? []
            #expect(entries.map(\.paymentID) == [created.paymentID])
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
