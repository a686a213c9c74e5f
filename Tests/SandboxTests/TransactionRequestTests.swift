import Foundation
import Testing
@testable import Sandbox

@Suite("Transaction requests, challenges and money moving")
struct TransactionRequestTests {
    typealias Bank = DemoBank

    static let versions = ["v2.1.0", "v2.2.0", "v3.0.0", "v3.1.0", "v4.0.0", "v5.0.0", "v5.1.0"]

    @Test("each version lists the types it serves, at the bank and on an account")
    func types() async throws {
        try await Bank.with { bank in
            let old = try await bank.sandbox.get("/obp/v2.1.0/banks/\(Bank.fi)/transaction-request-types", token: bank.token).object()
            let oldTypes = (old["transaction_request_types"] as? [[String: Any]] ?? []).compactMap { $0["transaction_request_type"] as? String }
            #expect(oldTypes == ["SANDBOX_TAN", "COUNTERPARTY", "SEPA", "FREE_FORM"])
            let new = try await bank.sandbox.get("\(bank.path(Bank.current, version: "v4.0.0"))/transaction-request-types", token: bank.token).object()
            let items = new["transaction_request_types"] as? [[String: Any]] ?? []
            #expect(items.compactMap { $0["value"] as? String } == ["SANDBOX_TAN", "ACCOUNT", "ACCOUNT_OTP", "COUNTERPARTY", "SEPA", "SIMPLE", "FREE_FORM"])
            #expect((items.first?[path: "charge", "value"] as? [String: Any])?["currency"] as? String == "EUR")
            #expect(try await bank.sandbox.get("/obp/v2.0.0/banks/\(Bank.fi)/transaction-request-types", token: bank.token).status == 404)
        }
    }

    @Test("every type completes below the threshold in every version that serves it, in that version's shape")
    func eachTypeInEachVersion() async throws {
        try await Bank.with { bank in
            let counterparty = try await bank.sandbox.request("POST", "\(bank.path(Bank.current, version: "v4.0.0"))/counterparties", token: bank.token, json: [
                "name": "Säästöt", "description": "my savings", "currency": "EUR",
                "other_bank_routing_scheme": "OBP", "other_bank_routing_address": Bank.fi,
                "other_account_routing_scheme": "OBP", "other_account_routing_address": Bank.savings, "is_beneficiary": true,
            ])
            #expect(counterparty.status == 201, "\(counterparty.text)")
            let counterpartyID = try #require(try counterparty.object()["counterparty_id"] as? String)
            let targets: [String: [String: Any]] = [
                "SANDBOX_TAN": ["bank_id": Bank.fi, "account_id": Bank.savings],
                "ACCOUNT": ["bank_id": Bank.fi, "account_id": Bank.savings],
                "ACCOUNT_OTP": ["bank_id": Bank.fi, "account_id": Bank.savings],
                "COUNTERPARTY": ["counterparty_id": counterpartyID],
                "SEPA": ["iban": "FI30 1234 5600 1001 7013"],
                "SIMPLE": ["name": "Säästöt", "other_bank_routing_scheme": "OBP", "other_bank_routing_address": Bank.fi,
                           "other_account_routing_scheme": "OBP", "other_account_routing_address": Bank.savings],
            ]
            var expectedBalance = try await bank.balance(Bank.savings)
            for version in Self.versions {
                let newAPI = version >= "v4.0.0"
                for type in ["SANDBOX_TAN", "COUNTERPARTY", "SEPA", "ACCOUNT", "ACCOUNT_OTP", "SIMPLE"] {
                    let served = newAPI || ["SANDBOX_TAN", "COUNTERPARTY", "SEPA"].contains(type)
                    let response = try await bank.pay(version, from: Bank.current, type: type, to: targets[type]!, amount: "1.25")
                    guard served else {
                        #expect(response.status == 400 && response.obpMessage.hasPrefix("OBP-40001"), "\(version) \(type)")
                        continue
                    }
                    #expect(response.status == 201, "\(version) \(type): \(response.text)")
                    let object = try response.object()
                    #expect(object["status"] as? String == "COMPLETED", "\(version) \(type)")
                    #expect((object["transaction_ids"] as? [String])?.count == 1)
                    let listShape = newAPI && type != "SANDBOX_TAN"
                    #expect(((object["challenges"] as? [Any]) != nil) == listShape, "\(version) \(type) shape")
                    #expect(object.keys.contains("challenge") == !listShape, "\(version) \(type) shape")
                    expectedBalance += Decimal(string: "1.25")!
                }
            }
            #expect(try await bank.balance(Bank.savings) == expectedBalance)
        }
    }

    @Test("at the threshold a request completes; above it waits for the challenge, refuses wrong answers and completes once")
    func threshold() async throws {
        try await Bank.with { bank in
            let before = try await bank.balance(Bank.current)
            let at = try await bank.pay(from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "1000.00")
            #expect(try at.object()["status"] as? String == "COMPLETED")

            let above = try await bank.pay("v4.0.0", from: Bank.current, type: "ACCOUNT",
                                           to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "1500")
            #expect(above.status == 201)
            let request = try above.object()
            #expect(request["status"] as? String == "INITIATED")
            #expect((request["transaction_ids"] as? [String]) == [])
            let challenge = try #require((request["challenges"] as? [[String: Any]])?.first)
            #expect(challenge["allowed_attempts"] as? Int == 3)
            #expect(challenge["challenge_type"] as? String == "OBP_TRANSACTION_REQUEST_CHALLENGE")

            let wrong = try await bank.answer(account: Bank.current, type: "ACCOUNT", request: request, answer: "124")
            #expect(wrong.status == 400 && wrong.obpMessage.hasPrefix("OBP-40016"), "\(wrong.text)")
            let afterWrong = try await bank.request(Bank.current, id: request["id"] as! String)
            #expect(afterWrong[path: "challenge", "allowed_attempts"] as? Int == 2)
            #expect(afterWrong["status"] as? String == "INITIATED")

            let otherType = try await bank.answer(account: Bank.current, type: "SEPA", request: request)
            #expect(otherType.obpMessage.hasPrefix("OBP-40009"))
            var badID = request
            badID["challenges"] = [["id": "not-the-challenge"]]
            #expect(try await bank.answer(account: Bank.current, type: "ACCOUNT", request: badID).obpMessage.hasPrefix("OBP-40010"))

            let right = try await bank.answer(account: Bank.current, type: "ACCOUNT", request: request)
            #expect(right.status == 202, "\(right.text)")
            let done = try right.object()
            #expect(done["status"] as? String == "COMPLETED")
            let debitID = try #require((done["transaction_ids"] as? [String])?.first)

            let again = try await bank.answer(account: Bank.current, type: "ACCOUNT", request: request)
            #expect(again.status == 400 && again.obpMessage.hasPrefix("OBP-40011"))

            let spent = before - 2500
            #expect(try await bank.balance(Bank.current) == spent)
            let newest = try await bank.transactions(Bank.current).first
            #expect(newest?["id"] as? String == debitID)
            #expect(newest?[path: "details", "value", "amount"] as? String == "-1500.00")
            #expect((newest?[path: "details", "new_balance", "amount"] as? String).flatMap { Decimal(string: $0) } == spent)
        }
    }

    @Test("three wrong answers fail the request and move no money")
    func threeWrongAnswers() async throws {
        try await Bank.with { bank in
            let before = try await bank.balance(Bank.current)
            let request = try await bank.pay("v2.2.0", from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings],
                                             amount: 2000).object()
            #expect(request[path: "challenge", "challenge_type"] as? String == "SANDBOX_TAN")
            for _ in 1...3 {
                let wrong = try await bank.answer("v3.1.0", account: Bank.current, request: request, answer: "999")
                #expect(wrong.obpMessage.hasPrefix("OBP-40016"))
            }
            let fourth = try await bank.answer("v3.1.0", account: Bank.current, request: request)
            #expect(fourth.obpMessage.hasPrefix("OBP-40014"), "\(fourth.text)")
            #expect(try await bank.request(Bank.current, id: request["id"] as! String)["status"] as? String == "FAILED")
            #expect(try await bank.balance(Bank.current) == before)
        }
    }

    @Test("v2.1.0 takes any positive integer as the answer, as its documentation says; later versions only 123")
    func versionAnswers() async throws {
        try await Bank.with { bank in
            let first = try await bank.pay("v2.1.0", from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "1200").object()
            #expect(try await bank.answer("v2.1.0", account: Bank.current, request: first, answer: "abc").obpMessage.hasPrefix("OBP-40016"))
            #expect(try await bank.answer("v2.1.0", account: Bank.current, request: first, answer: "123456").status == 202)
            let second = try await bank.pay("v2.1.0", from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "1200").object()
            #expect(try await bank.answer("v3.0.0", account: Bank.current, request: second, answer: "123456").obpMessage.hasPrefix("OBP-40016"))
        }
    }

    @Test("a challenge expires after 600 seconds")
    func expiry() async throws {
        try await Bank.with { bank in
            let request = try await bank.pay(from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "5000").object()
            bank.sandbox.server.clock.advance(seconds: 601)
            let late = try await bank.answer(account: Bank.current, request: request)
            #expect(late.status == 400 && late.obpMessage.hasPrefix("OBP-20211"), "\(late.text)")
            #expect(try await bank.request(Bank.current, id: request["id"] as! String)["status"] as? String == "INITIATED")
        }
    }

    @Test("the threshold is configurable and converted into the payment's currency")
    func configuredThreshold() async throws {
        try await Bank.with(challenges: ChallengePolicy(thresholdAmount: "10", thresholdCurrency: "GBP")) { bank in
            // 10 GBP is 11.63 EUR at the fallback rate.
            let below = try await bank.pay(from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "11.62").object()
            #expect(below["status"] as? String == "COMPLETED")
            let above = try await bank.pay(from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "11.64").object()
            #expect(above["status"] as? String == "INITIATED")
        }
    }

    @Test("across currencies the receiver is credited at the bank's rate, which the request shows; both sides list it")
    func crossCurrency() async throws {
        try await Bank.with { bank in
            let yenBefore = try await bank.balance(bank: "bankterm.jp", Bank.yen)
            let response = try await bank.pay("v4.0.0", from: Bank.current, type: "ACCOUNT",
                                              to: ["bank_id": "bankterm.jp", "account_id": Bank.yen], amount: "100.00")
            let request = try response.object()
            #expect(request["status"] as? String == "COMPLETED", "\(response.text)")
            #expect(request[path: "details", "exchange_rate", "conversion_value"] as? String == "121.567")
            #expect(request[path: "details", "exchange_rate", "credit", "amount"] as? String == "12157")
            #expect(try await bank.balance(bank: "bankterm.jp", Bank.yen) == yenBefore + 12157)
            let credit = try #require(try await bank.transactions(bank: "bankterm.jp", Bank.yen).first)
            #expect(credit[path: "details", "value", "amount"] as? String == "12157")
            #expect(credit[path: "details", "value", "currency"] as? String == "JPY")
            #expect(credit[path: "other_account", "holder", "name"] as? String == "demo")
            let debit = try #require(try await bank.transactions(Bank.current).first)
            #expect(debit[path: "details", "value", "amount"] as? String == "-100.00")
            #expect(debit[path: "other_account", "holder", "name"] as? String == "demo")
            #expect(debit[path: "details", "type"] as? String == "ACCOUNT")
        }
    }

    @Test("a receiver outside the sandbox gets nothing; the sender is debited")
    func externalReceiver() async throws {
        try await Bank.with { bank in
            let before = try await bank.balance(Bank.current)
            let response = try await bank.pay("v4.0.0", from: Bank.current, type: "SEPA", to: ["iban": "DE89 3704 0044 0532 0130 00"], amount: "20")
            #expect(try response.object()["status"] as? String == "COMPLETED", "\(response.text)")
            #expect(try await bank.balance(Bank.current) == before - 20)
            let debit = try #require(try await bank.transactions(Bank.current).first)
            #expect(debit[path: "other_account", "holder", "name"] as? String == "DE89370400440532013000")
        }
    }

    @Test("20 identical answers at the same moment execute the payment once")
    func concurrentAnswers() async throws {
        try await Bank.with { bank in
            let before = try await bank.balance(Bank.current)
            let savingsBefore = try await bank.balance(Bank.savings)
            let request = try await bank.pay(from: Bank.current, to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "1234.56").object()
            let id = try #require(request["id"] as? String)
            let challengeID = try #require(request[path: "challenge", "id"] as? String)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await bank.answer(account: Bank.current, id: id, challengeID: challengeID).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 202 }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == 400 }.count == 19, "\(statuses)")
            #expect(try await bank.balance(Bank.current) == before - Decimal(string: "1234.56")!)
            #expect(try await bank.balance(Bank.savings) == savingsBefore + Decimal(string: "1234.56")!)
            let debits = try await bank.transactions(Bank.current, limit: 3).filter { $0[path: "details", "value", "amount"] as? String == "-1234.56" }
            #expect(debits.count == 1)
        }
    }

    @Test("amounts are positive decimals of the currency's precision, at most the payment limit; v2 wants the account's currency")
    func amountRules() async throws {
        try await Bank.with { bank in
            let to = ["bank_id": Bank.fi, "account_id": Bank.savings]
            let cases: [(Any, String, String)] = [
                ("0", "EUR", "OBP-40008"), ("-5", "EUR", "OBP-40008"), ("12.345", "EUR", "OBP-10002"), ("abc", "EUR", "OBP-10002"),
                ("100000.01", "EUR", "OBP-10035"), ("12", "EURO", "OBP-10003"),
            ]
            for (amount, currency, code) in cases {
                let response = try await bank.pay(from: Bank.current, to: to, amount: amount, currency: currency)
                #expect(response.status == 400 && response.obpMessage.hasPrefix(code), "\(amount) \(currency): \(response.text)")
            }
            #expect(try await bank.pay(from: Bank.current, to: to, amount: "100000.00").object()["status"] as? String == "INITIATED")
            let mismatch = try await bank.pay("v2.1.0", from: Bank.current, to: to, amount: "5", currency: "GBP")
            #expect(mismatch.obpMessage.hasPrefix("OBP-40003"))
            let yen = try await bank.pay(bank: "bankterm.jp", from: Bank.yen, to: ["bank_id": "bankterm.jp", "account_id": Bank.yen],
                                         amount: "10.5", currency: "JPY")
            #expect(yen.obpMessage.hasPrefix("OBP-10002"))
        }
    }

    @Test("a view without the permission is refused, naming it")
    func viewPermission() async throws {
        try await Bank.with { bank in
            let response = try await bank.pay(from: Bank.ainos, view: "accountant", type: "SEPA", to: ["iban": "DE89370400440532013000"], amount: "5")
            #expect(response.status == 403)
            #expect(response.obpMessage.contains("can_add_transaction_request_to_any_account"), "\(response.text)")
            let own = try await bank.pay(from: Bank.current, view: "accountant", to: ["bank_id": Bank.fi, "account_id": Bank.savings], amount: "5")
            #expect(own.status == 403 && own.obpMessage.contains("can_add_transaction_request_to_own_account"), "\(own.text)")
            let list = try await bank.sandbox.get("\(bank.path(Bank.current, view: "auditor"))/transaction-requests", token: bank.token)
            #expect(list.status == 403)
        }
    }

    @Test("the request list shows every request of the account with its charge, newest first")
    func list() async throws {
        try await Bank.with { bank in
            let to = ["bank_id": Bank.fi, "account_id": Bank.savings]
            let first = try await bank.pay(from: Bank.current, to: to, amount: "3").object()
            bank.sandbox.server.clock.advance(seconds: 1)
            let second = try await bank.pay(from: Bank.current, to: to, amount: "3000").object()
            let list = try await bank.sandbox.get("\(bank.path(Bank.current, version: "v3.1.0"))/transaction-requests", token: bank.token).object()
            let items = try #require(list["transaction_requests_with_charges"] as? [[String: Any]])
            #expect(items.compactMap { $0["id"] as? String } == [second["id"] as? String, first["id"] as? String].compactMap { $0 })
            #expect(items.compactMap { $0["status"] as? String } == ["INITIATED", "COMPLETED"])
            #expect(items.first?[path: "charge", "value", "currency"] as? String == "EUR")
            let notHere = try await bank.sandbox.get("\(bank.path(Bank.savings))/transaction-requests/\(first["id"] as! String)", token: bank.token)
            #expect(notHere.obpMessage.hasPrefix("OBP-40004"))
        }
    }
}
