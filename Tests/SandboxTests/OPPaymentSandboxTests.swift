import BankKit
import Foundation
import Testing
@testable import Sandbox

/// The sandbox's OP Online Payment over real HTTP: what it refuses (signature, key version, replay, Date, body
/// rules), the three browser-flow outcomes of OP's sandbox rules, refunds up to the amount, and the credit a
/// completed payment leaves on the merchant's account in the accounts API.
@Suite struct OPPaymentSandboxTests {
    static let apiKey = "test-key"

    /// Signs like a merchant would, with knobs for every way a request can be wrong.
    struct Merchant {
        let port: Int
        var merchantID = OPTestMerchant.merchantID
        var keyVersion = OPTestMerchant.keyVersion
        var key = try! OPMerchantKey(pem: OPTestMerchant.privateKeyPEM, source: "test key")

        func send(_ method: String, _ path: String, json: String = "", date: Date = Date(),
                  session: String = UUID().uuidString.lowercased(), request: String = UUID().uuidString.lowercased(),
                  tamper: (inout OPSignature) -> Void = { _ in }) async throws -> TestResponse {
            let body = Array(json.utf8)
            let dateText = HTTPDate.format(date)
            var signed = OPSignature(method: method, date: dateText, merchantID: merchantID, apiKey: apiKey,
                                     sessionID: session, requestID: request,
                                     url: "http://127.0.0.1:\(port)/paymentbutton\(path)", body: body)
            tamper(&signed)
            let authorization = OPSignature.authorization(merchantID: merchantID, keyVersion: keyVersion,
                                                          signatureHex: try key.sign(signed))
            return try await TestHTTP.send(port: port, method, "/paymentbutton\(path)", headers: [
                "Content-Type": "application/json", "Date": dateText, "x-api-key": apiKey, "x-session-id": session,
                "x-request-id": request, "Authorization": authorization,
            ], body: body)
        }

        func create(accountID: String = OPTestMerchant.accountID, amount: String = "10.00",
                    reference: String = "RF3517834735",
                    returnURL: String = "https://shop.example.com/return") async throws -> TestResponse {
            try await send("POST", "/v1/payments", json: """
                {"amount":"\(amount)","currency":"EUR","accountId":"\(accountID)","reference":"\(reference)",\
                "return":{"url":"\(returnURL)"},"cancel":{"url":"https://shop.example.com/cancel"},\
                "reject":{"url":"https://shop.example.com/reject"},"language":"en"}
                """)
        }

        func status(_ id: String) async throws -> [String: Any] {
            try await send("GET", "/v1/payments/\(id)").object()
        }

        func refund(_ id: String, amount: String) async throws -> TestResponse {
            try await send("POST", "/v1/payments/\(id)/refund",
                           json: #"{"amount":"\#(amount)","currency":"EUR","message":"Palautus"}"#)
        }
    }

    static func withSandbox(_ body: (SandboxServer, Merchant) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(opAPIKey: apiKey))
        do {
            try await body(server, Merchant(port: server.port))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static func code(_ response: TestResponse) -> String {
        ((try? response.object()["errors"] as? [[String: Any]])?.first?["code"] as? String) ?? ""
    }

    /// Follows the browser-flow URL of a created payment and returns where the browser is sent.
    static func browserFlow(_ server: SandboxServer, _ created: [String: Any]) async throws -> TestResponse {
        let operation = try #require(created["paymentOperationId"] as? String)
        let validation = try #require(created["paymentOperationValidation"] as? String)
        let url = OPPaymentWire.browserFlow("", operationID: operation, validation: validation)
        return try await TestHTTP.send(port: server.port, "GET", url)
    }

    @Test func aSignedCreateAnswersOPsThreeFields() async throws {
        try await Self.withSandbox { _, merchant in
            let response = try await merchant.create()
            #expect(response.status == 200)
            let created = try response.object()
            #expect(Set(created.keys) == ["paymentId", "paymentOperationId", "paymentOperationValidation"])
            let status = try await merchant.status(try #require(created["paymentId"] as? String))
            #expect(status["status"] as? String == "INITIAL")
            #expect(status["amount"] as? String == "10.00" && status["totalRefundedAmount"] as? String == "0.00")
        }
    }

    @Test func aBadSignatureIsRefused() async throws {
        try await Self.withSandbox { _, merchant in
            let response = try await merchant.send("GET", "/v1/payments/multibank/providers") { signed in
                signed.url += "?x=1"
            }
            #expect(response.status == 401 && Self.code(response) == "401-4")
            var other = merchant
            other.key = try OPMerchantKey(pem: try Self.otherKey(), source: "another key")
            #expect(try await other.send("GET", "/v1/payments/multibank/providers").status == 401)
            #expect(try await merchant.send("GET", "/v1/payments/multibank/providers").status == 200)
        }
    }

    @Test func anUnknownKeyVersionIsRefused() async throws {
        try await Self.withSandbox { _, merchant in
            var wrong = merchant
            wrong.keyVersion = 7
            let response = try await wrong.send("GET", "/v1/payments/multibank/providers")
            #expect(response.status == 401)
            #expect(try response.object().description.contains("key version 7"))
        }
    }

    @Test func aRegisteredUserKeyVerifiesUnderItsVersion() async throws {
        let pem = try Self.otherKey()
        let user = try OPMerchantKey(pem: pem, source: "user key")
        let server = try await SandboxServer.start(SandboxConfiguration(
            opAPIKey: Self.apiKey, opMerchantKeys: [0: OPTestMerchant.publicKeyPEM, 1: user.publicKeyPEM]))
        var merchant = Merchant(port: server.port)
        merchant.key = user
        merchant.keyVersion = 1
        let ok = try await merchant.send("GET", "/v1/payments/multibank/providers").status
        merchant.keyVersion = 0
        let wrongVersion = try await merchant.send("GET", "/v1/payments/multibank/providers").status
        await server.stop()
        #expect(ok == 200 && wrongVersion == 401)
    }

    @Test func aReplayedIDPairIsRefused() async throws {
        try await Self.withSandbox { _, merchant in
            let session = UUID().uuidString.lowercased()
            let request = UUID().uuidString.lowercased()
            let first = try await merchant.send("GET", "/v1/payments/multibank/providers", session: session,
                                                request: request)
            let again = try await merchant.send("GET", "/v1/payments/multibank/providers", session: session,
                                                request: request)
            let fresh = try await merchant.send("GET", "/v1/payments/multibank/providers", session: session)
            #expect(first.status == 200 && again.status == 401 && Self.code(again) == "401-6" && fresh.status == 200)
        }
    }

    @Test func aStaleDateIsRefused() async throws {
        try await Self.withSandbox { _, merchant in
            let old = try await merchant.send("GET", "/v1/payments/multibank/providers",
                                              date: Date().addingTimeInterval(-301))
            let ahead = try await merchant.send("GET", "/v1/payments/multibank/providers",
                                                date: Date().addingTimeInterval(400))
            let near = try await merchant.send("GET", "/v1/payments/multibank/providers",
                                               date: Date().addingTimeInterval(-200))
            #expect(old.status == 401 && Self.code(old) == "401-5" && ahead.status == 401 && near.status == 200)
        }
    }

    @Test func theBodyRulesAreEnforced() async throws {
        try await Self.withSandbox { _, merchant in
            let localhost = try await merchant.create(returnURL: "http://localhost:3000/return")
            #expect(localhost.status == 400 && Self.code(localhost) == "400-2")
            #expect(try localhost.object().description.contains("localhost"))
            let badReference = try await merchant.create(reference: "RF3517834736")
            #expect(try badReference.status == 400 && (badReference.object().description.contains("reference")))
            #expect(try await merchant.create(reference: "1234567979").status == 400)
            #expect(try await merchant.create(amount: "10.0").status == 400)
            #expect(try await merchant.create(accountID: "not-a-uuid").status == 400)
            #expect(try await merchant.create(reference: "1234567978").status == 200)
            let missingKey = try await TestHTTP.send(port: merchant.port, "GET", "/paymentbutton/v1/payments/x")
            #expect(missingKey.status == 401 && Self.code(missingKey) == "401-1")
        }
    }

    @Test(arguments: [
        (OPTestMerchant.accountID, "https://shop.example.com/return", "COMPLETED"),
        (OPPaymentAPI.sandboxCancelAccountID, "https://shop.example.com/cancel", "CANCELLED"),
        (OPPaymentAPI.sandboxRejectAccountID, "https://shop.example.com/reject", "REJECTED"),
    ])
    func theBrowserFlowEndsAsOPsSandboxRulesSay(accountID: String, location: String, status: String) async throws {
        try await Self.withSandbox { server, merchant in
            let created = try await merchant.create(accountID: accountID).object()
            let id = try #require(created["paymentId"] as? String)
            let redirect = try await Self.browserFlow(server, created)
            #expect(redirect.status == 302 && redirect.headers["location"] == location)
            let after = try await merchant.status(id)
            #expect(after["status"] as? String == status)
            #expect((after["failureReason"] is NSNull) == (status == "COMPLETED"))
            let again = try await Self.browserFlow(server, created)
            #expect(again.headers["location"] == location)
        }
    }

    @Test func aWrongValidationCannotFinishThePayment() async throws {
        try await Self.withSandbox { server, merchant in
            var created = try await merchant.create().object()
            created["paymentOperationValidation"] = "00"
            let response = try await Self.browserFlow(server, created)
            #expect(response.status == 403)
            let id = try #require(created["paymentId"] as? String)
            #expect(try await merchant.status(id)["status"] as? String == "INITIAL")
        }
    }

    @Test func refundsGoUpToTheAmountAndNoFurther() async throws {
        try await Self.withSandbox { server, merchant in
            let created = try await merchant.create(amount: "10.00").object()
            let id = try #require(created["paymentId"] as? String)
            #expect(try await merchant.refund(id, amount: "1.00").status == 400)
            _ = try await Self.browserFlow(server, created)
            let first = try await merchant.refund(id, amount: "6.00")
            #expect(try first.status == 200 && (first.object()["totalRefundedAmount"] as? String) == "6.00")
            let past = try await merchant.refund(id, amount: "4.01")
            #expect(try past.status == 400 && (past.object().description.contains("4.00")))
            let rest = try await merchant.refund(id, amount: "4.00")
            #expect(try rest.object()["totalRefundedAmount"] as? String == "10.00")
            #expect(try await merchant.refund(id, amount: "0.01").status == 400)

            let status = try await merchant.status(id)
            #expect(status["totalRefundedAmount"] as? String == "10.00")
            let refunds = try #require(status["refunds"] as? [[String: Any]])
            #expect(refunds.map { $0["amount"] as? String } == ["6.00", "4.00"])
            let refundID = try #require(try first.object()["paymentId"] as? String)
            let refund = try await merchant.status(refundID)
            #expect(refund["refundOf"] as? String == id && refund["paymentType"] as? String == "REFUND")
            let both = try await merchant.send("POST", "/v1/payments/\(id)/refund",
                                               json: #"{"amount":"1.00","currency":"EUR","message":"m","reference":"1234561"}"#)
            #expect(both.status == 400)
        }
    }

    @Test func anotherMerchantCannotSeeThePayment() async throws {
        try await Self.withSandbox { _, merchant in
            let id = try #require(try await merchant.create().object()["paymentId"] as? String)
            var other = merchant
            other.merchantID = UUID().uuidString.lowercased()
            #expect(try await other.send("GET", "/v1/payments/\(id)").status == 404)
        }
    }

    @Test func aCompletedPaymentCreditsTheMerchantsAccount() async throws {
        try await Self.withSandbox { server, merchant in
            let token = OPSandbox.customers[1].token
            func account() async throws -> [String: Any] {
                try await TestHTTP.send(port: server.port, "GET", "/v1/accounts/\(OPTestMerchant.accountID)",
                                        headers: ["x-api-key": Self.apiKey, "x-authorization": token]).object()
            }
            func cents(_ value: Any?) -> Int? { (value as? NSNumber).map { Int(($0.doubleValue * 100).rounded()) } }
            let before = try #require(cents(try await account()["balance"]))
            let created = try await merchant.create(amount: "12.34", reference: "1234561").object()
            _ = try await Self.browserFlow(server, created)
            _ = try await merchant.refund(try #require(created["paymentId"] as? String), amount: "2.00")
            let after = try #require(cents(try await account()["balance"]))
            #expect(after - before == 1034)
            let transactions = try await TestHTTP.send(
                port: server.port, "GET", "/v1/accounts/\(OPTestMerchant.accountID)/transactions",
                headers: ["x-api-key": Self.apiKey, "x-authorization": token]).json() as? [[String: Any]]
            #expect(transactions?.prefix(2).compactMap { $0["reference"] as? String } == ["", "1234561"])
        }
    }

    @Test func providersAreListed() async throws {
        try await Self.withSandbox { _, merchant in
            let providers = try await merchant.send("GET", "/v1/payments/multibank/providers").object()
            let list = try #require(providers["providers"] as? [[String: Any]])
            #expect(list.count > 3 && list.allSatisfy { $0["bankId"] is String })
        }
    }

    /// A second RSA key, made by swift-crypto, for "signed by someone else" and for a registered user key.
    static func otherKey() throws -> String {
        try OtherKey.pem
    }
}
