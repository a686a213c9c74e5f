import Foundation
import Testing
@testable import Sandbox

@Suite("Creating and labelling accounts")
struct AccountCreationTests {
    typealias Bank = DemoBank

    /// OBP-CLI's `addaccount` body (v3.1.0): `type`, one `account_routing`, the amount as a number.
    static func cliBody(userID: String, label: String = "Holiday", currency: String = "EUR", amount: Any = 0) -> [String: Any] {
        ["user_id": userID, "label": label, "type": "CURRENT", "balance": ["currency": currency, "amount": amount],
         "branch_id": "1234", "account_routing": ["scheme": "OBP", "address": "UK123456"]]
    }

    private func userID(_ bank: Bank) async throws -> String {
        try #require(try await bank.sandbox.get("/obp/v5.1.0/users/current", token: bank.token).object()["user_id"] as? String)
    }

    @Test("PUT in v2.2.0, v3.x and v5.x and POST in v4.0.0 make an account its owner sees through the system views")
    func eachForm() async throws {
        try await Bank.with { bank in
            let me = try await userID(bank)
            for (version, id) in [("v2.2.0", "new-220"), ("v3.0.0", "new-300"), ("v3.1.0", "new-310"), ("v5.0.0", "new-500"), ("v5.1.0", "new-510")] {
                let response = try await bank.sandbox.request("PUT", "/obp/\(version)/banks/\(Bank.fi)/accounts/\(id)", token: bank.token,
                                                              json: Self.cliBody(userID: me, label: "Label \(version)"))
                #expect(response.status == 201, "\(version): \(response.text)")
                if version >= "v3.1.0" { #expect(try response.object()["account_id"] as? String == id) }
            }
            let posted = try await bank.sandbox.request("POST", "/obp/v4.0.0/banks/\(Bank.fi)/accounts", token: bank.token, json: [
                "user_id": me, "label": "Posted", "product_code": "CURRENT", "balance": ["currency": "EUR", "amount": "0"],
                "branch_id": "", "account_routings": [["scheme": "IBAN", "address": "FI21 9999 0000 0000 01"]],
            ])
            #expect(posted.status == 201, "\(posted.text)")
            let postedID = try #require(try posted.object()["account_id"] as? String)

            let mine = try await bank.sandbox.get("/obp/v5.1.0/my/accounts", token: bank.token).object()["accounts"] as? [[String: Any]] ?? []
            let ids = Set(mine.compactMap { $0["id"] as? String })
            #expect(ids.isSuperset(of: ["new-220", "new-300", "new-310", "new-500", "new-510", postedID]))
            let views = try await bank.sandbox.get("/obp/v5.1.0/banks/\(Bank.fi)/accounts/new-310/views", token: bank.token)
                .object()["views"] as? [[String: Any]] ?? []
            #expect(views.compactMap { $0["id"] as? String } == ["owner", "accountant", "auditor"])
            let account = try await bank.sandbox.get("\(bank.path("new-310"))/account", token: bank.token).object()
            #expect(account["label"] as? String == "Label v3.1.0")
            #expect(account[path: "balance", "amount"] as? String == "0.00")
            #expect(account["product_code"] as? String == "CURRENT")
            // The new account can be paid into by IBAN at once.
            let paid = try await bank.pay("v4.0.0", from: Bank.current, type: "SEPA", to: ["iban": "FI2199990000000001"], amount: "7")
            #expect(try paid.object()["status"] as? String == "COMPLETED")
            #expect(try await bank.balance(postedID) == 7)
        }
    }

    @Test("a balance other than 0, a taken id, another user without the role and a bad currency are refused with OBP's codes")
    func errors() async throws {
        try await Bank.with { bank in
            let me = try await userID(bank)
            let base = "/obp/v5.0.0/banks/\(Bank.fi)/accounts"
            let cases: [(String, [String: Any], Int, String)] = [
                ("rich", Self.cliBody(userID: me, amount: "10"), 400, "OBP-30109"),
                ("nan", Self.cliBody(userID: me, amount: "ten"), 400, "OBP-30112"),
                (Bank.current, Self.cliBody(userID: me), 400, "OBP-30208"),
                ("theirs", Self.cliBody(userID: "someone-else"), 403, "OBP-20006"),
                ("money", Self.cliBody(userID: me, currency: "EURO"), 400, "OBP-30105"),
            ]
            for (id, body, status, code) in cases {
                let response = try await bank.sandbox.request("PUT", "\(base)/\(id)", token: bank.token, json: body)
                #expect(response.status == status && response.obpMessage.hasPrefix(code), "\(id): \(response.text)")
            }
            let missingBank = try await bank.sandbox.request("PUT", "/obp/v5.0.0/banks/no-such-bank/accounts/x", token: bank.token,
                                                             json: Self.cliBody(userID: me))
            #expect(missingBank.obpMessage.hasPrefix("OBP-30001"))
            #expect(try await bank.sandbox.request("PUT", "\(base)/anon", json: Self.cliBody(userID: me)).status == 401)
            #expect(try await bank.sandbox.request("POST", "/obp/v3.1.0/banks/\(Bank.fi)/accounts", token: bank.token,
                                                   json: Self.cliBody(userID: me)).status == 404)
        }
    }

    @Test("the owner relabels an account; a view that is not owner cannot")
    func label() async throws {
        try await Bank.with { bank in
            let response = try await bank.sandbox.request("POST", "/obp/v3.0.0/banks/\(Bank.fi)/accounts/\(Bank.current)",
                                                          token: bank.token, json: ["label": "Arki 🧾"])
            let success = try response.object()["success"] as? String
            #expect(response.status == 200 && success == "Success")
            #expect(try await bank.sandbox.get("\(bank.path(Bank.current))/account", token: bank.token).object()["label"] as? String == "Arki 🧾")
            let notOwner = try await bank.sandbox.request("POST", "/obp/v3.0.0/banks/\(Bank.fi)/accounts/\(Bank.ainos)",
                                                          token: bank.token, json: ["label": "mine now"])
            #expect(notOwner.status == 403)
            #expect(try await bank.sandbox.request("POST", "/obp/v3.0.0/banks/\(Bank.fi)/accounts/\(Bank.current)",
                                                   token: bank.token, json: ["name": "x"]).obpMessage.hasPrefix("OBP-10001"))
        }
    }
}
