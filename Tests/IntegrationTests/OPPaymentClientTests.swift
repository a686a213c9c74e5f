import BankKit
import Foundation
import Sandbox
import Testing
import TestSupport

/// The signing client against the real sandbox over HTTP (create, browser flow, status, refund, and the local
/// ledger a payments screen lists), and against a scripted server for what must never happen twice.
@Suite struct OPPaymentClientTests {
    static func configuration(baseURL: String, apiKey: String = OPSandbox.demoAPIKey) throws -> OPMerchantConfiguration {
        OPMerchantConfiguration(baseURL: baseURL, merchantID: OPTestMerchant.merchantID,
                                accountID: OPTestMerchant.accountID, apiKey: apiKey,
                                key: try OPMerchantKey(pem: OPTestMerchant.privateKeyPEM, source: "test key"))
    }

    static func ledger() throws -> OPPaymentLedger {
        try OPPaymentLedger(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("op-ledger-\(UUID().uuidString).sqlite").path)
    }

    static var payment: OPNewPayment { OPNewPayment(amount: "20.00", reference: "RF3517834735",
                                                    returnURL: "https://shop.example.com/return") }

    static func withSandbox(_ body: (SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func aPaymentIsCreatedFollowedAndRefundedAndTheLedgerKeepsUp() async throws {
        try await Self.withSandbox { server in try await Self.createFollowRefund(server) }
    }

    static func createFollowRefund(_ server: SandboxServer) async throws {
        let ledger = try Self.ledger()
        let client = OPPaymentClient(configuration: try Self.configuration(baseURL: server.baseURL), ledger: ledger)

        let created = try await client.create(payment)
        #expect(created.browserFlowURL.hasPrefix(server.baseURL + "/customer/payment/startPaymentConfirmation?"))
        #expect(try await client.status(created.paymentID).status == "INITIAL")
        var entries = try await ledger.entries(merchantID: OPTestMerchant.merchantID)
        #expect(entries.map(\.paymentID) == [created.paymentID] && entries[0].amount == "20.00")
        #expect(entries[0].browserFlowURL == created.browserFlowURL && !entries[0].isSettled)

        let redirect = try await HTTPTransport().send(HTTPRequest(url: created.browserFlowURL))
        #expect(redirect.status == 302 && redirect.headers["Location"] == "https://shop.example.com/return")
        let status = try await client.status(created.paymentID)
        #expect(status.status == "COMPLETED" && status.isSettled)

        let refund = try await client.refund(created.paymentID, OPRefund(amount: "5.00", note: .message("Palautus")))
        #expect(refund.totalRefundedAmount == "5.00")
        entries = try await ledger.entries(merchantID: OPTestMerchant.merchantID)
        #expect(entries.count == 2)
        #expect(entries.first { $0.paymentID == created.paymentID }?.totalRefunded == "5.00")
        #expect(entries.first { $0.paymentID == created.paymentID }?.status == "COMPLETED")
        #expect(entries.first { $0.paymentID == refund.paymentID }?.refundOf == created.paymentID)

        let tooMuch = await #expect(throws: BankError.self) {
            try await client.refund(created.paymentID, OPRefund(amount: "15.01", note: .reference("1234561")))
        }
        #expect(tooMuch?.status == 400 && tooMuch?.message.contains("request id") == true)
        #expect(try await client.providers().contains { $0.bankID == "nordea" })
    }

    @Test func mistakesAreCaughtBeforeAnyRequest() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 500) }
        defer { server.stop() }
        let client = OPPaymentClient(configuration: try Self.configuration(baseURL: server.baseURL))
        for payment in [OPNewPayment(amount: "20", reference: "1234561", returnURL: "https://shop.example.com/"),
                        OPNewPayment(amount: "20.00", reference: "1234562", returnURL: "https://shop.example.com/"),
                        OPNewPayment(amount: "20.00", reference: "1234561", returnURL: "http://localhost/")] {
            await #expect(throws: BankError.self) { try await client.create(payment) }
        }
        await #expect(throws: BankError.self) { try await client.status("../accounts") }
        #expect(server.requests.isEmpty)
    }

    @Test func aCreateThatBreaksMidRequestIsAnUnknownOutcomeAndIsNotRetried() async throws {
        let server = try ScriptedHTTPServer { _, _ in .raw(Data()) }
        defer { server.stop() }
        let client = OPPaymentClient(configuration: try Self.configuration(baseURL: server.baseURL))
        let error = await #expect(throws: BankError.self) { try await client.create(Self.payment) }
        let sent = try #require(server.requests.first?.header("x-request-id"))
        #expect(server.requests.count == 1)
        #expect(error?.message.hasPrefix("unknown outcome") == true && error?.message.contains(sent) == true)
    }

    @Test func aRefundIsNotRetriedOnAServerError() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            .http(status: 503, body: #"{"errors":[{"id":"1","level":"FATAL","type":"TECHNICAL","message":"down","code":"503-1"}]}"#)
        }
        defer { server.stop() }
        let client = OPPaymentClient(configuration: try Self.configuration(baseURL: server.baseURL))
        await #expect(throws: BankError.self) {
            try await client.refund("3c1e8cf6-5d16-4b7e-a4a6-3f3f5e1c6c11", OPRefund(amount: "1.00", note: .message("m")))
        }
        #expect(server.requests.count == 1)
    }

    @Test func everyRequestIsSignedAsOPSays() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: #"{"providers":[]}"#) }
        defer { server.stop() }
        let configuration = try Self.configuration(baseURL: server.baseURL)
        _ = try await OPPaymentClient(configuration: configuration).providers()
        let request = try #require(server.requests.first)
        #expect(request.target == "/paymentbutton/v1/payments/multibank/providers")
        let date = try #require(request.header("Date"))
        let expected = OPSignature(method: "GET", date: date, merchantID: configuration.merchantID,
                                   apiKey: configuration.apiKey, sessionID: try #require(request.header("x-session-id")),
                                   requestID: try #require(request.header("x-request-id")),
                                   url: server.baseURL + request.target)
        #expect(try request.header("Authorization") == "\(configuration.merchantID):1:0:" + (configuration.key.sign(expected)))
        #expect(request.header("Content-Type") == "application/json")
    }

    @Test func a401SaysWhatToCheck() async throws {
        try await Self.withSandbox { server in
            let client = OPPaymentClient(configuration: try Self.configuration(baseURL: server.baseURL, apiKey: "wrong"))
            let error = await #expect(throws: BankError.self) { try await client.providers() }
            #expect(error?.userMessage.contains("private_key_file") == true)
        }
    }
}
