import Foundation
import Testing
@testable import Sandbox

@Suite("View moderation")
struct ModerationTests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"

    @Test("anonymous callers see public views only; _public hides balances and shows counterparties by alias")
    func publicView() async throws {
        try await TestSandbox.with { sandbox in
            let publicAccounts = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/public").object()
            let accounts = try #require(publicAccounts["accounts"] as? [[String: Any]])
            #expect(accounts.count == 7)
            let views = accounts.flatMap { $0["views_available"] as? [[String: Any]] ?? [] }
            #expect(views.allSatisfy { $0["id"] as? String == "_public" && $0["is_public"] as? Bool == true })

            let page = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/_public/transactions")
            #expect(page.status == 200)
            let transactions = try #require(try page.object()["transactions"] as? [[String: Any]])
            #expect(!transactions.isEmpty)
            for transaction in transactions {
                let details = try #require(transaction["details"] as? [String: Any])
                #expect(details["new_balance"] is NSNull)
                #expect(details["value"] is [String: Any])
                let holder = try #require((transaction["other_account"] as? [String: Any])?["holder"] as? [String: Any])
                #expect(holder["is_alias"] as? Bool == true)
                #expect((holder["name"] as? String)?.hasPrefix("ALIAS_") == true)
                #expect((transaction["metadata"] as? [String: Any])?["narrative"] is NSNull)
            }

            let account = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/_public/account").object()
            #expect(account["balance"] is NSNull)
            #expect(account["number"] is NSNull)

            let owner = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/account")
            #expect(owner.status == 401)
        }
    }

    @Test("the owner view shows real names, balances and the account's views")
    func ownerView() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let account = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/account",
                                                token: token).object()
            #expect((account["balance"] as? [String: Any])?["amount"] as? String == "6379.63")
            let available = (account["views_available"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(available == ["owner", "accountant", "auditor", "_public"])

            let views = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/views", token: token)
                .object()["views"] as? [[String: Any]] ?? []
            let auditor = try #require(views.first { $0["id"] as? String == "auditor" })
            #expect(auditor["can_add_tag"] as? Bool == false)
            #expect(auditor["can_see_tags"] as? Bool == true)

            let page = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions",
                                             token: token).object()["transactions"] as? [[String: Any]] ?? []
            let holder = (page.first?["other_account"] as? [String: Any])?["holder"] as? [String: Any]
            #expect(holder?["is_alias"] as? Bool == false)
            #expect((page.first?["details"] as? [String: Any])?["new_balance"] is [String: Any])
        }
    }

    @Test("other_accounts lists counterparties and finds one by id")
    func otherAccounts() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let path = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/other_accounts"
            let list = try await sandbox.get(path, token: token).object()["other_accounts"] as? [[String: Any]] ?? []
            #expect(!list.isEmpty)
            let id = try #require(list.first?["id"] as? String)
            let one = try await sandbox.get("\(path)/\(id)", token: token)
            #expect(one.status == 200)
            #expect(try one.object()["id"] as? String == id)
            let missing = try await sandbox.get("\(path)/nope", token: token)
            #expect(missing.obpMessage.hasPrefix("OBP-30017: "))
        }
    }

    @Test("v3 sends bank_routing, v4 and later bank_routings")
    func versionShapes() async throws {
        try await TestSandbox.with { sandbox in
            let v3 = try await sandbox.get("/obp/v3.0.0/banks").object()["banks"] as? [[String: Any]] ?? []
            #expect(v3.first?["bank_routing"] is [String: Any])
            #expect(v3.first?["bank_routings"] == nil)
            for version in ["v4.0.0", "v5.0.0", "v5.1.0"] {
                let banks = try await sandbox.get("/obp/\(version)/banks").object()["banks"] as? [[String: Any]] ?? []
                #expect(banks.first?["bank_routings"] is [Any])
                #expect(banks.first?["bank_routing"] == nil)
            }
            let v5bank = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)").object()
            #expect(v5bank["bank_code"] is String)
        }
    }
}
