import Foundation
import Testing
@testable import Sandbox

/// The calls that need a role (OBP-20006 without it): FREE_FORM payments, setting an exchange rate, making an
/// account for another user, and account attributes. The sandbox's admin holds every role and grants them.
@Suite("Role-gated payments, rates, accounts and attributes")
struct RoleGatedPaymentTests {
    typealias Bank = DemoBank

    private func admin(_ bank: Bank) async throws -> String {
        try await bank.sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
    }

    private func demoUserID(_ bank: Bank) async throws -> String {
        try #require(try await bank.sandbox.get("/obp/v5.1.0/users/current", token: bank.token).object()["user_id"] as? String)
    }

    @Test("FREE_FORM needs CanCreateAnyTransactionRequest and pays the account itself")
    func freeForm() async throws {
        try await Bank.with { bank in
            let body: [String: Any] = ["value": ["currency": "EUR", "amount": "10"], "description": "free form"]
            let path = "\(bank.path(Bank.current, version: "v4.0.0"))/transaction-request-types/FREE_FORM/transaction-requests"
            let refused = try await bank.sandbox.request("POST", path, token: bank.token, json: body)
            #expect(refused.status == 403 && refused.obpMessage.contains("CanCreateAnyTransactionRequest"), "\(refused.text)")
            let grant = try await bank.sandbox.request("POST", "/obp/v4.0.0/users/\(try await demoUserID(bank))/entitlements",
                                                       token: try await admin(bank),
                                                       json: ["bank_id": Bank.fi, "role_name": "CanCreateAnyTransactionRequest"])
            #expect(grant.status == 201, "\(grant.text)")
            let before = try await bank.balance(Bank.current)
            let made = try await bank.sandbox.request("POST", path, token: bank.token, json: body)
            #expect(made.status == 201, "\(made.text)")
            #expect(try made.object()["status"] as? String == "COMPLETED")
            #expect(try await bank.balance(Bank.current) == before)
            let amounts = try await bank.transactions(Bank.current, limit: 2).compactMap { $0[path: "details", "value", "amount"] as? String }
            #expect(Set(amounts) == ["-10.00", "10.00"])
        }
    }

    @Test("PUT /banks/B/fx needs CanCreateFxRate; the bank then converts at its own rate")
    func setRate() async throws {
        try await Bank.with { bank in
            // OBP-CLI's addfx body: numbers, and a date without milliseconds.
            let body: [String: Any] = ["bank_id": Bank.fi, "from_currency_code": "EUR", "to_currency_code": "JPY",
                                       "conversion_value": 150.0, "inverse_conversion_value": 0.0066666,
                                       "effective_date": "2017-09-19T00:00:00Z"]
            let refused = try await bank.sandbox.request("PUT", "/obp/v3.1.0/banks/\(Bank.fi)/fx", token: bank.token, json: body)
            #expect(refused.status == 403 && refused.obpMessage.hasPrefix("OBP-20006"), "\(refused.text)")
            let set = try await bank.sandbox.request("PUT", "/obp/v3.1.0/banks/\(Bank.fi)/fx", token: try await admin(bank), json: body)
            #expect(set.status == 201, "\(set.text)")
            let read = try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/fx/EUR/JPY", token: bank.token)
            #expect(read.text.contains("\"conversion_value\":150,") && read.text.contains("2017-09-19T00:00:00Z"), "\(read.text)")
            let yen = try await bank.balance(bank: "bankterm.jp", Bank.yen)
            let paid = try await bank.pay("v4.0.0", from: Bank.current, type: "ACCOUNT", to: ["bank_id": "bankterm.jp", "account_id": Bank.yen], amount: "2")
            #expect(try paid.object()[path: "details", "exchange_rate", "conversion_value"] as? String == "150")
            #expect(try await bank.balance(bank: "bankterm.jp", Bank.yen) == yen + 300)
        }
    }

    @Test("an account for another user needs CanCreateAccount")
    func accountForAnotherUser() async throws {
        try await Bank.with { bank in
            let demo = try await demoUserID(bank)
            let made = try await bank.sandbox.request("PUT", "/obp/v5.0.0/banks/\(Bank.fi)/accounts/gift", token: try await admin(bank),
                                                      json: AccountCreationTests.cliBody(userID: demo, label: "Lahja"))
            #expect(made.status == 201, "\(made.text)")
            #expect(try await bank.sandbox.get("\(bank.path("gift"))/account", token: bank.token).object()["label"] as? String == "Lahja")
            let unknown = try await bank.sandbox.request("PUT", "/obp/v5.0.0/banks/\(Bank.fi)/accounts/ghost", token: try await admin(bank),
                                                         json: AccountCreationTests.cliBody(userID: "no-such-user"))
            #expect(unknown.obpMessage.hasPrefix("OBP-20005"))
        }
    }

    @Test("attributes are created and replaced with the roles, typed, and shown in the account")
    func attributes() async throws {
        try await Bank.with { bank in
            let admin = try await admin(bank)
            let base = "/obp/v3.1.0/banks/\(Bank.fi)/accounts/\(Bank.current)/products/CURRENT"
            let body: [String: Any] = ["name": "OVERDRAFT_START_DATE", "type": "DATE_WITH_DAY", "value": "2012-04-23",
                                       "product_instance_code": "LKJL98769F"]
            #expect(try await bank.sandbox.request("POST", "\(base)/attribute", token: bank.token, json: body).obpMessage.hasPrefix("OBP-20006"))
            let made = try await bank.sandbox.request("POST", "\(base)/attribute", token: admin, json: body)
            #expect(made.status == 201, "\(made.text)")
            let id = try #require(try made.object()["account_attribute_id"] as? String)
            let bad = try await bank.sandbox.request("POST", "\(base)/attribute", token: admin,
                                                     json: ["name": "LIMIT", "type": "INTEGER", "value": "lots"])
            #expect(bad.status == 400 && bad.obpMessage.hasPrefix("OBP-10001"))
            let replaced = try await bank.sandbox.request("PUT", "\(base)/attributes/\(id)", token: admin,
                                                          json: ["name": "OVERDRAFT_START_DATE", "type": "DATE_WITH_DAY", "value": "2013-01-01"])
            #expect(replaced.status == 201, "\(replaced.text)")
            let account = try await bank.sandbox.get("\(bank.path(Bank.current))/account", token: bank.token).object()
            let attributes = account["account_attributes"] as? [[String: Any]] ?? []
            #expect(attributes.count == 1)
            #expect(attributes.first?["value"] as? String == "2013-01-01")
            #expect(attributes.first?["product_code"] as? String == "CURRENT")
        }
    }

    @Test("a product's attributes (CanCreateProductAttribute) are copied to an account made with its product code")
    func productAttributes() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let robert = try await sandbox.login()
            let attribute: [String: Any] = ["name": "OVERDRAFT_LIMIT", "type": "INTEGER", "value": "500", "is_active": true]
            let path = "/obp/v4.0.0/banks/obp-bank-x-gh/products/H44-3e4e/attribute"
            #expect(try await sandbox.request("POST", path, token: robert, json: attribute).obpMessage.hasPrefix("OBP-20006"))
            let made = try await sandbox.request("POST", path, token: admin, json: attribute)
            #expect(made.status == 201, "\(made.text)")
            let account = try await sandbox.request("POST", "/obp/v4.0.0/banks/obp-bank-x-gh/accounts", token: robert, json: [
                "label": "Gold", "product_code": "H44-3e4e", "balance": ["currency": "GBP", "amount": "0"], "branch_id": "",
                "account_routings": [String](),
            ])
            #expect(account.status == 201, "\(account.text)")
            let copied = try account.object()["account_attributes"] as? [[String: Any]] ?? []
            #expect(copied.compactMap { $0["name"] as? String } == ["OVERDRAFT_LIMIT"])
            #expect(copied.first?["value"] as? String == "500")
            #expect(copied.first?["product_code"] as? String == "H44-3e4e")
        }
    }
}
