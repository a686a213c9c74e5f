import Foundation
import Testing
@testable import Sandbox

@Suite("Exchange rates and explicit counterparties")
struct FXAndCounterpartyTests {
    typealias Bank = DemoBank

    @Test("a fresh sandbox converts EUR, GBP, USD and JPY at OBP's published fallback rates")
    func fallbackRates() async throws {
        try await Bank.with { bank in
            let rate = try await bank.sandbox.get("/obp/v2.2.0/banks/\(Bank.fi)/fx/EUR/GBP", token: bank.token)
            #expect(rate.status == 200)
            #expect(rate.text.contains("\"conversion_value\":0.860011"))
            #expect(rate.text.contains("\"inverse_conversion_value\":1.16278"))
            for (from, to) in [("USD", "JPY"), ("JPY", "EUR"), ("GBP", "USD"), ("EUR", "EUR")] {
                #expect(try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/fx/\(from)/\(to)", token: bank.token).status == 200, "\(from)\(to)")
            }
            #expect(try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/fx/EUR/XYZ", token: bank.token).obpMessage.hasPrefix("OBP-10004"))
            #expect(try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/fx/EU/GBP", token: bank.token).obpMessage.hasPrefix("OBP-10003"))
            #expect(try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/fx/EUR/GBP").status == 401)
            #expect(try await bank.sandbox.get("/obp/v2.1.0/banks/\(Bank.fi)/fx/EUR/GBP", token: bank.token).status == 404)
        }
    }

    @Test("counterparties are made, listed, shown and deleted through a view that may add them; names are unique")
    func counterparties() async throws {
        try await Bank.with { bank in
            let base = "\(bank.path(Bank.current, version: "v4.0.0"))/counterparties"
            let body: [String: Any] = ["name": "Vuokranantaja", "description": "rent", "currency": "EUR",
                                       "other_bank_routing_scheme": "BIC", "other_bank_routing_address": "NDEAFIHH",
                                       "other_account_routing_scheme": "IBAN", "other_account_routing_address": "FI4950009420028730",
                                       "is_beneficiary": true, "bespoke": [["key": "englishName", "value": "Landlord"]]]
            let made = try await bank.sandbox.request("POST", base, token: bank.token, json: body)
            #expect(made.status == 201, "\(made.text)")
            let id = try #require(try made.object()["counterparty_id"] as? String)
            #expect(try await bank.sandbox.request("POST", base, token: bank.token, json: body).obpMessage.hasPrefix("OBP-30014"))
            let list = try await bank.sandbox.get(base, token: bank.token).object()["counterparties"] as? [[String: Any]] ?? []
            #expect(list.compactMap { $0["counterparty_id"] as? String } == [id])
            #expect(try await bank.sandbox.get("\(base)/\(id)", token: bank.token).object()["name"] as? String == "Vuokranantaja")

            // Paying it: an IBAN outside the sandbox, so only the sender is debited.
            let before = try await bank.balance(Bank.current)
            let paid = try await bank.pay("v4.0.0", from: Bank.current, type: "COUNTERPARTY", to: ["counterparty_id": id], amount: "850")
            #expect(try paid.object()["status"] as? String == "COMPLETED", "\(paid.text)")
            #expect(try await bank.balance(Bank.current) == before - 850)
            let debit = try #require(try await bank.transactions(Bank.current).first)
            #expect(debit[path: "other_account", "holder", "name"] as? String == "Vuokranantaja")

            let auditor = try await bank.sandbox.request("POST", "\(bank.path(Bank.current, version: "v4.0.0", view: "auditor"))/counterparties",
                                                         token: bank.token, json: body)
            #expect(auditor.status == 403 && auditor.obpMessage.contains("can_add_counterparty"))
            #expect(try await bank.sandbox.request("DELETE", "\(base)/\(id)", token: bank.token).status == 204)
            #expect(try await bank.sandbox.get("\(base)/\(id)", token: bank.token).obpMessage.hasPrefix("OBP-30017"))
            let unknown = try await bank.pay("v4.0.0", from: Bank.current, type: "COUNTERPARTY", to: ["counterparty_id": id], amount: "1")
            #expect(unknown.obpMessage.hasPrefix("OBP-30017"))
        }
    }
}
