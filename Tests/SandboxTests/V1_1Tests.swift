import Foundation
import Testing
@testable import Sandbox

/// OBP API v1.1 under `/obp/v1.1`: wrapped items, `this_account` / `other_account` / `details`, "unauthorized" for a
/// value the view hides, offices, header paging, the metadata routes; and nothing of the later versions.
@Suite("OBP API v1.1")
struct V1_1Tests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"
    static let prefix = "/obp/v1.1/banks/\(bank)"

    @Test("banks, a bank, offices and the account list are wrapped, with links")
    func wrapped() async throws {
        try await TestSandbox.with { sandbox in
            #expect(try await sandbox.get("/obp/v1.1/root").object()["version"] as? String == "v1.1")
            let banks = try #require(try await sandbox.get("/obp/v1.1/banks").object()["banks"] as? [[String: Any]])
            let ids = banks.compactMap { ($0["bank"] as? [String: Any])?["id"] as? String }
            #expect(ids.sorted() == ["obp-bank-x-gh", "obp-bank-y-gh"])
            let bank = try #require(try await sandbox.get(Self.prefix).object()["bank"] as? [String: Any])
            #expect(bank["short_name"] is String && bank["bank_routing"] == nil)
            #expect((bank["links"] as? [[String: Any]])?.contains { $0["href"] as? String == "\(Self.prefix)/offices" } == true)
            let offices = try #require(try await sandbox.get("\(Self.prefix)/offices").object()["offices"] as? [[String: Any]])
            #expect(offices.contains { ($0["office"] as? [String: Any])?["name"] as? String == "Head Office" })

            let token = try await sandbox.login()
            let accounts = try #require(try await sandbox.get("\(Self.prefix)/accounts", token: token).object()["accounts"] as? [[String: Any]])
            let mine = try #require(accounts.compactMap { $0["account"] as? [String: Any] }.first { $0["id"] as? String == Self.account })
            #expect((mine["views_available"] as? [[String: Any]])?.contains { $0["id"] as? String == "owner" } == true)
            let anonymous = try await sandbox.get("\(Self.prefix)/accounts").object()["accounts"] as? [[String: Any]]
            #expect(anonymous?.count == 7, "without a login, the public accounts")
        }
    }

    @Test("transactions: this_account, other_account, details with type_en, paged by obp_ headers")
    func transactions() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let path = "\(Self.prefix)/accounts/\(Self.account)/owner/transactions"
            let page = try #require(try await sandbox.get(path, token: token, headers: ["obp_limit": "3"])
                .object()["transactions"] as? [[String: Any]])
            #expect(page.count == 3)
            let first = try #require(page.first?["transaction"] as? [String: Any])
            let details = try #require(first["details"] as? [String: Any])
            #expect(details["type_en"] is String && (details["value"] as? [String: Any])?["amount"] is String)
            #expect((first["this_account"] as? [String: Any])?["holder"] is [Any])
            #expect((first["other_account"] as? [String: Any])?["holder"] is [String: Any])
            #expect(first["uuid"] as? String == first["id"] as? String)
            let id = try #require(first["id"] as? String)
            let one = try await sandbox.get("\(Self.prefix)/accounts/\(Self.account)/owner/transactions/\(id)/transaction", token: token)
            #expect((try one.object()["transaction"] as? [String: Any])?["id"] as? String == id)

            let account = try await sandbox.get("\(Self.prefix)/accounts/\(Self.account)/owner/account", token: token).object()
            #expect((account["account"] as? [String: Any])?["balance"] is [String: Any])
        }
    }

    @Test("a value the view hides reads \"unauthorized\"")
    func unauthorized() async throws {
        try await TestSandbox.with { sandbox in
            let path = "\(Self.prefix)/accounts/\(Self.account)/_public/transactions"
            let response = try await sandbox.get(path, headers: ["obp_limit": "2"])
            #expect(response.status == 200, "\(response.text.prefix(200))")
            #expect(response.text.contains("\"unauthorized\""))
            #expect(!response.text.contains("null"))
        }
    }

    @Test("metadata routes answer under v1.1; later endpoints are OBP-10404")
    func metadataAndMissing() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let tx = try #require(try await sandbox.allTransactions(bank: Self.bank, account: Self.account, token: token,
                                                                   pageSize: 1, ascending: true).first?["id"] as? String)
            let meta = "\(Self.prefix)/accounts/\(Self.account)/owner/transactions/\(tx)/metadata"
            #expect(try await sandbox.request("POST", "\(meta)/tags", token: token, json: ["value": "old-api"]).status == 201)
            let tags = try await sandbox.get("\(meta)/tags", token: token).object()["tags"] as? [[String: Any]]
            #expect(tags?.contains { $0["value"] as? String == "old-api" } == true)
            let others = try #require(try await sandbox.get("\(Self.prefix)/accounts/\(Self.account)/owner/other_accounts", token: token)
                .object()["other_accounts"] as? [[String: Any]])
            let other = try #require((others.first?["other_account"] as? [String: Any])?["id"] as? String)
            let metadata = try await sandbox.get("\(Self.prefix)/accounts/\(Self.account)/owner/other_accounts/\(other)/metadata", token: token)
            #expect(metadata.status == 200)
            #expect(try metadata.object()["public_alias"] != nil)

            for missing in ["/obp/v1.1/users/current", "\(Self.prefix)/branches", "\(Self.prefix)/accounts/private"] {
                let response = try await sandbox.get(missing, token: token)
                #expect(response.status == 404 && response.obpMessage.hasPrefix("OBP-10404: "), "\(missing)")
            }
            let docs = try await sandbox.get("/obp/v5.1.0/resource-docs/v1.1/obp").object()["resource_docs"] as? [[String: Any]]
            #expect(docs?.contains { $0["request_url"] as? String == "/obp/v1.1/banks/BANK_ID/offices" } == true)
            #expect(docs?.count == OBPRoutesV1_1.all.count)
        }
    }
}
