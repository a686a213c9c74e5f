import Foundation
import GRDB
import Testing
@testable import Sandbox

@Suite("Views and grants persist")
struct ViewPersistenceTests {
    @Test("custom views, grants and revocations survive a restart that imports the same file again")
    func restart() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("views.sqlite").path
        try await TestSandbox.with(databasePath: path) { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_family", actions: ["can_see_transaction_amount"], ["which_alias_to_use": "public"],
                                     for: ViewsClient.other.0)
            #expect(try await sandbox.request("DELETE", "\(owner.permissionsPath(ViewsClient.owner.0))/views/auditor",
                                              token: owner.token).status == 204)
            #expect(try await sandbox.request("DELETE", "\(owner.base())/views/_public", token: owner.token).status == 204)
        }
        try await TestSandbox.with(databasePath: path) { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let views = try await sandbox.get("\(owner.base())/views", token: owner.token).object()["views"] as? [[String: Any]] ?? []
            let family = try #require(views.first { $0["id"] as? String == "_family" })
            #expect(family["alias"] as? String == "public")
            #expect(family["can_see_transaction_amount"] as? Bool == true)
            #expect(!views.contains { $0["id"] as? String == "_public" }, "a deleted view stays deleted")
            let list = try await sandbox.get("\(owner.base())/permissions", token: owner.token).object()["permissions"] as? [[String: Any]] ?? []
            let byUser = Dictionary(uniqueKeysWithValues: list.map {
                (($0["user"] as? [String: Any])?["display_name"] as? String ?? "",
                 ($0["views"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            })
            #expect(byUser[ViewsClient.owner.0] == ["owner", "accountant"], "the import does not bring back a revoked grant")
            #expect(byUser[ViewsClient.other.0] == ["_family"])
        }
    }

    @Test("a database file made before custom views opens and gains them")
    func migration() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        try await TestSandbox.with(databasePath: path) { _ in }
        try await SandboxStore(path: path).writer.write { db in try db.execute(sql: "DROP TABLE custom_view") }
        try await TestSandbox.with(importing: false, databasePath: path) { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_new", actions: ["can_see_transaction_amount"])
            #expect(try await owner.transactions(through: "_new").count > 0)
        }
    }

    @Test("a change reaches the next request: cached responses are dropped")
    func cacheInvalidation() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_amounts", actions: ["can_see_transaction_amount"])
            let before = try await owner.transactions(through: "_amounts")
            #expect(before.allSatisfy { ($0["details"] as? [String: Any])?["new_balance"] is NSNull })
            let updated = try await sandbox.request("PUT", "\(owner.base())/views/_amounts", token: owner.token,
                                                    json: ["allowed_actions": ["can_see_transaction_balance"]])
            #expect(updated.status == 200)
            let after = try await owner.transactions(through: "_amounts")
            #expect(after.allSatisfy { ($0["details"] as? [String: Any])?["new_balance"] is [String: Any] })
            #expect(after.allSatisfy { ($0["details"] as? [String: Any])?["value"] is NSNull })
        }
    }

    @Test("a change reaches pages never asked for before: what pages share is read again after a write")
    func pageContextInvalidation() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_amounts", actions: ["can_see_transaction_amount"])
            let page = { (offset: Int) async throws -> [[String: Any]] in
                let response = try await sandbox.get("\(owner.base())/_amounts/transactions?limit=3&offset=\(offset)",
                                                     token: owner.token)
                #expect(response.status == 200)
                return try response.object()["transactions"] as? [[String: Any]] ?? []
            }
            let details = { (t: [String: Any]) in t["details"] as? [String: Any] ?? [:] }
            let before = try await page(0)
            #expect(!before.isEmpty && before.allSatisfy { details($0)["new_balance"] is NSNull && details($0)["value"] is [String: Any] })
            let updated = try await sandbox.request("PUT", "\(owner.base())/views/_amounts", token: owner.token,
                                                    json: ["allowed_actions": ["can_see_transaction_balance"]])
            #expect(updated.status == 200)
            // A page the response cache has never held: only the shared context could be stale.
            let after = try await page(3)
            #expect(!after.isEmpty && after.allSatisfy { details($0)["new_balance"] is [String: Any] && details($0)["value"] is NSNull })
        }
    }
}
