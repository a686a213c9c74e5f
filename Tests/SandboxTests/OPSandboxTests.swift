import BankKit
import Foundation
import Testing
@testable import Sandbox

/// The sandbox's OP endpoints over real HTTP: the four customers, their transactions, OP's error descriptor for
/// every failure it sends, and the daily quota.
@Suite struct OPSandboxTests {
    private static func start(dailyLimit: Int = 1000) async throws -> SandboxServer {
        try await SandboxServer.start(SandboxConfiguration(opAPIKey: "test-key", opDailyRequestLimit: dailyLimit))
    }

    private static func get(_ server: SandboxServer, _ path: String, token: String? = OPSandbox.customers[0].token,
                            key: String? = "test-key", extra: [String: String] = [:]) async throws -> TestResponse {
        var headers = extra
        if let key { headers["x-api-key"] = key }
        if let token { headers["x-authorization"] = token }
        return try await TestHTTP.send(port: server.port, "GET", path, headers: headers)
    }

    /// The first entry of OP's error descriptor, after checking that the body has exactly that shape.
    private static func descriptor(_ response: TestResponse) throws -> [String: String] {
        let errors = try #require(try response.object()["errors"] as? [[String: Any]])
        let first = try #require(errors.first)
        #expect(Set(first.keys) == ["id", "level", "type", "message", "code"])
        return first.compactMapValues { $0 as? String }
    }

    /// ISO 13616: move the first four characters to the end, letters to 10...35, the number mod 97 must be 1.
    /// Written here independently of the generator, so a wrong generator cannot pass its own check.
    static func ibanIsValid(_ iban: String) -> Bool {
        let compact = iban.replacingOccurrences(of: " ", with: "")
        guard compact.count >= 5 else { return false }
        let rearranged = compact.dropFirst(4) + compact.prefix(4)
        var digits = ""
        for character in rearranged {
            if character.isNumber { digits.append(character) } else if let ascii = character.asciiValue {
                digits += String(Int(ascii) - 55)
            }
        }
        var remainder = 0
        for chunk in digits { remainder = (remainder * 10 + (chunk.wholeNumberValue ?? 0)) % 97 }
        return remainder == 1
    }

    @Test func ibanCheckAcceptsKnownGoodAndRejectsAltered() {
        #expect(Self.ibanIsValid("FI21 1234 5600 0007 85"))
        #expect(!Self.ibanIsValid("FI21 1234 5600 0007 86"))
        #expect(Self.ibanIsValid(FinnishIBAN.make(bban: "12345600000785")))
        #expect(FinnishIBAN.make(bban: "12345600000785") == "FI21 1234 5600 0007 85")
    }

    @Test func everyCustomerHasOwnAccountsWithValidFinnishIBANs() async throws {
        let server = try await Self.start()
        var seen = Set<String>()
        for customer in OPSandbox.customers {
            let response = try await Self.get(server, "/v1/accounts", token: customer.token)
            #expect(response.status == 200)
            #expect(response.headers["x-ratelimit-limit"] == "1000")
            let accounts = try #require(try response.json() as? [[String: Any]])
            #expect(!accounts.isEmpty)
            #expect(Set(accounts.compactMap { $0["ownerId"] as? String }).count == 1)
            for account in accounts {
                let id = try #require(account["accountId"] as? String)
                #expect(seen.insert(id).inserted, "account ids are not shared between customers")
                let iban = try #require(account["iban"] as? String)
                #expect(iban.hasPrefix("FI") && iban.replacingOccurrences(of: " ", with: "").count == 18)
                #expect(iban.dropFirst(5).hasPrefix("5000"))
                #expect(Self.ibanIsValid(iban), "\(iban)")
                #expect(account["bic"] as? String == "OKOYFIHH")
                #expect(account["currency"] as? String == "EUR")
                #expect(account["balance"] is NSNumber && account["amountAvailable"] is NSNumber)
            }
            #expect(accounts.contains { $0["accountName"] as? String == "KÄYTTÖTILI" })
        }
        #expect(seen.count >= 8)
        await server.stop()
    }

    @Test func transactionsAreNewestFirstAndEachCanBeFetchedAlone() async throws {
        let server = try await Self.start()
        let token = OPSandbox.customers[2].token
        let accounts = try #require(try await Self.get(server, "/v1/accounts", token: token).json() as? [[String: Any]])
        let accountID = try #require(accounts.first?["accountId"] as? String)
        let list = try await Self.get(server, "/v1/accounts/\(accountID)/transactions", token: token)
        #expect(list.status == 200)
        let transactions = try #require(try list.json() as? [[String: Any]])
        #expect(transactions.count == 160)
        let dates = transactions.compactMap { $0["bookingDate"] as? String }
        #expect(dates == dates.sorted(by: >))
        #expect(transactions.contains { ($0["message"] as? String)?.hasPrefix("Korttiosto") == true })
        #expect(transactions.contains { $0["type"] as? String == "PALKKA" })
        for tx in transactions {
            let iban = (tx["amount"] as? NSNumber).map { $0.doubleValue < 0 } == true ? tx["receiverIban"] : tx["payerIban"]
            #expect(Self.ibanIsValid(iban as? String ?? ""))
        }
        let first = try #require(transactions.first)
        let txID = try #require(first["transactionId"] as? String)
        let single = try await Self.get(server, "/v1/accounts/\(accountID)/transactions/\(txID)", token: token)
        #expect(single.status == 200)
        #expect(try single.object()["transactionId"] as? String == txID)
        #expect(try single.object()["accountId"] as? String == accountID)

        let missing = try await Self.get(server, "/v1/accounts/\(accountID)/transactions/no-such-tx", token: token)
        #expect(missing.status == 404)
        #expect(try Self.descriptor(missing)["type"] == "BUSINESS")
        await server.stop()
    }

    @Test func anotherCustomersAccountIsNotFound() async throws {
        let server = try await Self.start()
        let accounts = try #require(try await Self.get(server, "/v1/accounts", token: OPSandbox.customers[0].token)
            .json() as? [[String: Any]])
        let foreign = try #require(accounts.first?["accountId"] as? String)
        let response = try await Self.get(server, "/v1/accounts/\(foreign)", token: OPSandbox.customers[1].token)
        #expect(response.status == 404)
        #expect(try Self.descriptor(response)["level"] == "ERROR")
        await server.stop()
    }

    @Test func eachErrorCarriesOPsDescriptor() async throws {
        let server = try await Self.start()
        let cases: [(response: TestResponse, status: Int, type: String, level: String)] = [
            (try await Self.get(server, "/v1/accounts", key: nil), 401, "SECURITY", "ERROR"),
            (try await Self.get(server, "/v1/accounts", key: "wrong"), 401, "SECURITY", "ERROR"),
            (try await Self.get(server, "/v1/accounts", token: nil), 401, "SECURITY", "ERROR"),
            (try await Self.get(server, "/v1/accounts", token: "0000"), 401, "SECURITY", "ERROR"),
            (try await Self.get(server, "/v1/accounts/bad%20id!"), 400, "VALIDATION", "ERROR"),
            (try await Self.get(server, "/v1/accounts", extra: ["x-sandbox-fault": "500"]), 500, "TECHNICAL", "FATAL"),
            (try await Self.get(server, "/v1/accounts", extra: ["x-sandbox-fault": "503"]), 503, "TECHNICAL", "FATAL"),
            (try await TestHTTP.send(port: server.port, "POST", "/v1/accounts", headers: [
                "x-api-key": "test-key", "x-authorization": OPSandbox.customers[0].token]), 405, "VALIDATION", "ERROR"),
        ]
        var ids = Set<String>()
        for item in cases {
            #expect(item.response.status == item.status)
            let descriptor = try Self.descriptor(item.response)
            #expect(descriptor["type"] == item.type)
            #expect(descriptor["level"] == item.level)
            #expect(descriptor["message"]?.isEmpty == false)
            #expect(descriptor["code"]?.isEmpty == false)
            ids.insert(descriptor["id"] ?? "")
        }
        #expect(ids.count == cases.count, "every error occurrence has its own id")
        await server.stop()
    }

    @Test func theDailyQuotaEndsIn429WithRateLimitHeaders() async throws {
        let server = try await Self.start(dailyLimit: 3)
        var remaining: [String] = []
        for _ in 0..<3 {
            let response = try await Self.get(server, "/v1/accounts")
            #expect(response.status == 200)
            remaining.append(response.headers["x-ratelimit-remaining"] ?? "")
        }
        #expect(remaining == ["2", "1", "0"])
        let refused = try await Self.get(server, "/v1/accounts")
        #expect(refused.status == 429)
        #expect(refused.headers["x-ratelimit-limit"] == "3")
        #expect(refused.headers["x-ratelimit-remaining"] == "0")
        let reset = try #require(refused.headers["x-ratelimit-reset"].flatMap(Int.init))
        #expect((1...86_400).contains(reset))
        let descriptor = try Self.descriptor(refused)
        #expect(descriptor["type"] == "TECHNICAL")
        #expect(descriptor["level"] == "WARN")
        await server.stop()
    }

    @Test func requestAndSessionIDsAreEchoed() async throws {
        let server = try await Self.start()
        let response = try await Self.get(server, "/v1/accounts", extra: ["x-request-id": "r-1", "x-session-id": "s-1"])
        #expect(response.headers["x-request-id"] == "r-1")
        #expect(response.headers["x-session-id"] == "s-1")
        await server.stop()
    }

    @Test func theOBPAPIIsStillServedBesideOP() async throws {
        let server = try await Self.start()
        let response = try await TestHTTP.send(port: server.port, "GET", "/obp/v5.1.0/banks")
        #expect(response.status == 200)
        #expect(try response.object()["banks"] != nil)
        await server.stop()
    }

    @Test func theDemoDataIsTheSameOnEveryRun() {
        let first = OPDataset.generate()
        let second = OPDataset.generate()
        for customer in OPSandbox.customers {
            let left = first.accounts[customer.token]?.map { $0.json.bytes } ?? []
            let right = second.accounts[customer.token]?.map { $0.json.bytes } ?? []
            #expect(left == right)
            #expect(!left.isEmpty)
        }
        let total = first.transactions.values.reduce(0) { $0 + $1.count }
        #expect(total == OPCatalog.plans.joined().map(\.transactions).reduce(0, +))
    }
}
