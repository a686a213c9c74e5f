import Foundation
import Testing
@testable import Sandbox

/// Custom views: create, update and delete in every version that serves them, and every refusal.
@Suite("Views: create, update, delete")
struct ViewAdministrationTests {
    static let versions = ["v1.2.1", "v2.0.0", "v2.2.0", "v3.0.0", "v3.1.0", "v4.0.0", "v5.0.0", "v5.1.0"]

    @Test("each version creates, updates and deletes a custom view, in its own shape")
    func lifecycleInEachVersion() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            for version in Self.versions {
                let name = "_V " + version.replacingOccurrences(of: ".", with: "")
                let id = "_v" + version.replacingOccurrences(of: ".", with: "")
                let created = try await owner.createView(name, actions: ["can_see_transaction_amount"], version: version)
                #expect(created.status == 201, "\(version): \(created.text)")
                let view = try created.object()
                #expect(view["id"] as? String == id, "the id is the name without spaces, lower case")
                #expect(view["can_see_transaction_amount"] as? Bool == true)
                #expect(view["can_see_transaction_balance"] as? Bool == false)
                #expect((view["metadata_view"] != nil) == (version >= "v3.0.0"), "\(version)")
                #expect((view["is_system"] as? Bool).map { !$0 } ?? (version < "v3.0.0"), "\(version)")
                #expect(view["can_grant_access_to_views"] == nil, "\(version): v3.0.0's shape for one view")

                let updated = try await sandbox.request("PUT", "\(owner.base(version))/views/\(id)", token: owner.token, json: [
                    "description": "changed", "metadata_view": "", "is_public": false, "which_alias_to_use": "public",
                    "hide_metadata_if_alias_used": true, "allowed_actions": ["can_see_transaction_balance"],
                ])
                #expect(updated.status == 200, "\(version): \(updated.text)")
                #expect(try updated.object()["description"] as? String == "changed")
                #expect(try updated.object()["alias"] as? String == "public")
                #expect(try updated.object()["can_see_transaction_amount"] as? Bool == false)
                #expect(try updated.object()["can_see_transaction_balance"] as? Bool == true)
                #expect(try await owner.viewIDs().contains(id))

                let deleted = try await sandbox.request("DELETE", "\(owner.base(version))/views/\(id)", token: owner.token)
                #expect(deleted.status == 204, "\(version): \(deleted.text)")
                #expect(try await !owner.viewIDs().contains(id))
            }
        }
    }

    @Test("the views list of v5 says what each view may grant; v3 has no such keys")
    func viewsListShapes() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let v5 = try await sandbox.get("\(owner.base("v5.0.0"))/views", token: owner.token).object()["views"] as? [[String: Any]]
            #expect((v5?.first { $0["id"] as? String == "owner" }?["can_grant_access_to_views"] as? [String])?.contains("auditor") == true)
            let v3 = try await sandbox.get("\(owner.base("v3.0.0"))/views", token: owner.token).object()["views"] as? [[String: Any]]
            #expect(v3?.first?["can_grant_access_to_views"] == nil)
            #expect(v3?.first?["metadata_view"] is String)
        }
    }

    @Test("OBP's refusals: names, unknown actions, duplicates, system views, strangers, missing things")
    func refusals() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let stranger = try await ViewsClient.other(of: sandbox)

            let unprefixed = try await owner.createView("family", actions: [])
            #expect(unprefixed.status == 400)
            #expect(unprefixed.obpMessage == "OBP-20020: Custom view name/view_id must start with `_`. eg: _work, _life. Current view_name (family)")

            let typo = try await owner.createView("_typo", actions: ["can_see_tags", "can_fly"])
            #expect(typo.status == 400)
            #expect(typo.obpMessage.hasPrefix("OBP-10001: "))
            #expect(typo.obpMessage.contains("can_fly"))
            #expect(try await !owner.viewIDs().contains("_typo"), "a refused create leaves nothing")

            let synonyms = try await owner.createView("_old names", actions: ["can_see_narrative", "can_see_transaction_label",
                                                                              "can_update_bank_account_label"])
            #expect(synonyms.status == 201, "OBP's request-only names are accepted: \(synonyms.text)")
            #expect(try synonyms.object()["can_see_owner_comment"] as? Bool == true)
            #expect(try synonyms.object()["can_see_transaction_description"] as? Bool == true)

            #expect(try await owner.createView("_twice", actions: []).status == 201)
            let twice = try await owner.createView("_twice", actions: [])
            #expect(twice.status == 400)
            #expect(twice.obpMessage.hasPrefix("OBP-30266: "))

            let badJSON = try await sandbox.request("POST", "\(owner.base())/views", token: owner.token, rawBody: Array("{".utf8))
            #expect(badJSON.obpMessage.hasPrefix("OBP-10001: "))

            let system = try await sandbox.request("PUT", "\(owner.base())/views/owner", token: owner.token,
                                                   json: ["description": "mine", "allowed_actions": []])
            #expect(system.status == 400)
            #expect(system.obpMessage.hasPrefix("OBP-20021: "))
            let deleteSystem = try await sandbox.request("DELETE", "\(owner.base())/views/auditor", token: owner.token)
            #expect(deleteSystem.status == 400)
            #expect(deleteSystem.obpMessage.hasPrefix("OBP-20020: "))

            let missing = try await sandbox.request("PUT", "\(owner.base())/views/_nope", token: owner.token, json: ["allowed_actions": []])
            #expect(missing.status == 404)
            #expect(missing.obpMessage.hasPrefix("OBP-30005: "))
            #expect(try await sandbox.request("DELETE", "\(owner.base())/views/_nope", token: owner.token).status == 404)

            let anonymous = try await sandbox.request("POST", "\(owner.base())/views", json: ["name": "_x", "allowed_actions": []])
            #expect(anonymous.status == 401)
            let noAccount = try await sandbox.request("POST", "/obp/v5.1.0/banks/\(ViewsClient.bank)/accounts/nope/views",
                                                      token: owner.token, json: ["name": "_x", "allowed_actions": []])
            #expect(noAccount.obpMessage.hasPrefix("OBP-30018: "))

            let create = try await stranger.createView("_mine", actions: [])
            #expect(create.status == 403)
            #expect(create.obpMessage.contains("can_create_custom_view"))
            let update = try await sandbox.request("PUT", "\(owner.base())/views/_twice", token: stranger.token, json: ["allowed_actions": []])
            #expect(update.status == 403)
            #expect(update.obpMessage.contains("can_update_custom_view"))
            let delete = try await sandbox.request("DELETE", "\(owner.base())/views/_twice", token: stranger.token)
            #expect(delete.status == 403)
            #expect(delete.obpMessage.contains("can_delete_custom_view"))

            #expect(try await owner.grant("_twice").status == 201)
            let inUse = try await sandbox.request("DELETE", "\(owner.base())/views/_twice", token: owner.token)
            #expect(inUse.status == 400)
            #expect(inUse.obpMessage.hasPrefix("OBP-30256: "))
        }
    }

    @Test("an update leaves out what it does not name")
    func partialUpdate() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            #expect(try await owner.createView("_partial", actions: ["can_see_tags"], ["which_alias_to_use": "private"]).status == 201)
            let updated = try await sandbox.request("PUT", "\(owner.base())/views/_partial", token: owner.token,
                                                    json: ["description": "only this"])
            #expect(updated.status == 200)
            #expect(try updated.object()["can_see_tags"] as? Bool == true)
            #expect(try updated.object()["alias"] as? String == "private")
        }
    }
}

@Suite("Public custom views")
struct PublicCustomViewTests {
    @Test("a view made public lists its account among the public ones and needs no login; made private, it does")
    func publicView() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let other = "e4f001fe-0f0d-4f93-a8b2-d865077315ec"
            let path = "/obp/v5.1.0/banks/\(ViewsClient.bank)/accounts/\(other)"
            #expect(try await sandbox.request("DELETE", "\(path)/views/_public", token: owner.token).status == 204)
            let listed = { () async throws -> [[String: Any]] in
                try await sandbox.get("/obp/v5.1.0/banks/\(ViewsClient.bank)/accounts/public").object()["accounts"] as? [[String: Any]] ?? []
            }
            #expect(try await listed().count == 6, "without a public view the account is not public")
            let created = try await sandbox.request("POST", "\(path)/views", token: owner.token, json: [
                "name": "_open", "is_public": true, "allowed_actions": ["can_see_transaction_amount"]])
            #expect(created.status == 201)
            let entry = try await listed().first { $0["id"] as? String == other }
            #expect((entry?["views_available"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["_open"])
            #expect(try await sandbox.get("\(path)/_open/transactions").status == 200)
            #expect(try await sandbox.request("PUT", "\(path)/views/_open", token: owner.token, json: ["is_public": false]).status == 200)
            #expect(try await sandbox.get("\(path)/_open/transactions").status == 401)
            #expect(try await listed().count == 6)
        }
    }
}
