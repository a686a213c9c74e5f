import Foundation
import Testing
@testable import Sandbox

/// Who has which view: listing, and granting and revoking in the forms each version serves.
@Suite("Access: permissions, grants and revokes")
struct AccessTests {
    @Test("permissions list users and their views in every version; one user's views by provider")
    func listing() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            for version in ViewAdministrationTests.versions {
                let list = try await sandbox.get("\(owner.base(version))/permissions", token: owner.token)
                #expect(list.status == 200, "\(version)")
                let entries = try list.object()["permissions"] as? [[String: Any]] ?? []
                #expect(entries.count == 1)
                #expect((entries.first?["user"] as? [String: Any])?["display_name"] as? String == ViewsClient.owner.0)
                #expect((entries.first?["views"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["owner", "accountant", "auditor"])

                let one = try await sandbox.get(owner.permissionsPath(ViewsClient.owner.0, version: version), token: owner.token)
                #expect(one.status == 200, "\(version): \(one.text)")
                let views = try one.object()["views"] as? [[String: Any]] ?? []
                #expect(views.count == 3)
                #expect((views.first?["metadata_view"] != nil) == (version >= "v3.0.0"))
            }
            let nobody = try await sandbox.get(owner.permissionsPath("Nobody"), token: owner.token)
            #expect(nobody.status == 404)
            #expect(nobody.obpMessage == "OBP-20104: User not found by PROVIDER and PROVIDER_ID.")
            let otherProvider = try await sandbox.get("\(owner.base())/permissions/https%3A%2F%2Felsewhere/\(ViewsClient.owner.0)",
                                                      token: owner.token)
            #expect(otherProvider.status == 404)

            let stranger = try await ViewsClient.other(of: sandbox)
            let refused = try await sandbox.get("\(owner.base())/permissions", token: stranger.token)
            #expect(refused.status == 403)
            #expect(refused.obpMessage.contains("can_see_views_with_permissions_for_all_users"))
            #expect(try await sandbox.get("\(owner.base())/permissions").status == 401)
        }
    }

    @Test("v1.2.1's forms grant one or many views and revoke one or all, up to v3.1.0 only")
    func providerForms() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_family", actions: ["can_see_transaction_amount"])
            let susan = ViewsClient.other.0
            for version in ["v1.2.1", "v2.0.0", "v2.2.0", "v3.0.0", "v3.1.0"] {
                let path = owner.permissionsPath(susan, version: version)
                let one = try await sandbox.request("POST", "\(path)/views/_family", token: owner.token)
                #expect(one.status == 201, "\(version): \(one.text)")
                #expect(try one.object()["id"] as? String == "_family")
                let many = try await sandbox.request("POST", "\(path)/views", token: owner.token,
                                                     json: ["views": ["accountant", "auditor"]])
                #expect(many.status == 201, "\(version): \(many.text)")
                #expect((try many.object()["views"] as? [[String: Any]])?.count == 2)
                #expect(try await self.views(of: susan, owner) == ["accountant", "auditor", "_family"])

                #expect(try await sandbox.request("DELETE", "\(path)/views/auditor", token: owner.token).status == 204)
                #expect(try await self.views(of: susan, owner) == ["accountant", "_family"])
                let again = try await sandbox.request("DELETE", "\(path)/views/auditor", token: owner.token)
                #expect(again.status == 404)
                #expect(again.obpMessage.hasPrefix("OBP-30065: "))
                #expect(try await sandbox.request("DELETE", "\(path)/views", token: owner.token).status == 204)
                #expect(try await self.views(of: susan, owner).isEmpty)
            }
            let partly = try await sandbox.request("POST", "\(owner.permissionsPath(susan))/views", token: owner.token,
                                                   json: ["views": ["auditor", "_missing"]])
            #expect(partly.status == 404)
            #expect(try await self.views(of: susan, owner).isEmpty, "a refused grant of several views grants none")
            for version in ["v4.0.0", "v5.0.0", "v5.1.0"] {
                let gone = try await sandbox.request("POST", "\(owner.permissionsPath(susan, version: version))/views/_family",
                                                     token: owner.token)
                #expect(gone.status == 404, "\(version) serves account-access instead")
            }
        }
    }

    @Test("v4.0.0 and v5.0.0 grant and revoke by user id through account-access")
    func accountAccessForm() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_family", actions: ["can_see_transaction_amount"])
            let susan = try await owner.userID(ViewsClient.other.0)
            for version in ["v4.0.0", "v5.0.0"] {
                let grant = try await sandbox.request("POST", "\(owner.base(version))/account-access/grant", token: owner.token,
                                                      json: ["user_id": susan, "view": ["view_id": "_family", "is_system": false]])
                #expect(grant.status == 201, "\(version): \(grant.text)")
                #expect(try grant.object()["id"] as? String == "_family")
                #expect(try await self.views(of: ViewsClient.other.0, owner) == ["_family"])
                let revoke = try await sandbox.request("POST", "\(owner.base(version))/account-access/revoke", token: owner.token,
                                                       json: ["user_id": susan, "view": ["view_id": "_family", "is_system": false]])
                #expect(revoke.status == 201)
                #expect(try revoke.object()["revoked"] as? Bool == true)
                #expect(try await self.views(of: ViewsClient.other.0, owner).isEmpty)
            }
            let mismatch = try await sandbox.request("POST", "\(owner.base("v4.0.0"))/account-access/grant", token: owner.token,
                                                     json: ["user_id": susan, "view": ["view_id": "_family", "is_system": true]])
            #expect(mismatch.obpMessage.hasPrefix("OBP-30252: "))
            let noUser = try await sandbox.request("POST", "\(owner.base("v4.0.0"))/account-access/grant", token: owner.token,
                                                   json: ["user_id": "nobody", "view": ["view_id": "auditor", "is_system": true]])
            #expect(noUser.obpMessage.hasPrefix("OBP-20005: "))
            let badBody = try await sandbox.request("POST", "\(owner.base("v4.0.0"))/account-access/grant", token: owner.token,
                                                    json: ["user_id": susan])
            #expect(badBody.obpMessage.hasPrefix("OBP-10001: "))
            let stranger = try await ViewsClient.other(of: sandbox)
            let refused = try await sandbox.request("POST", "\(owner.base("v4.0.0"))/account-access/grant", token: stranger.token,
                                                    json: ["user_id": susan, "view": ["view_id": "owner", "is_system": true]])
            #expect(refused.status == 403)
            #expect(refused.obpMessage.hasPrefix("OBP-20047: "))
            let v5 = try await sandbox.request("POST", "\(owner.base("v5.1.0"))/account-access/grant", token: owner.token,
                                               json: ["user_id": susan, "view": ["view_id": "_family", "is_system": false]])
            #expect(v5.status == 404, "v5.1.0 grants through a source view")
        }
    }

    @Test("v5.1.0 grants and revokes through a source view that may do so")
    func sourceViewForm() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            try await owner.makeView("_family", actions: ["can_see_transaction_amount"])
            let susan = try await owner.userID(ViewsClient.other.0)
            let grant = try await sandbox.request("POST", "\(owner.base())/views/owner/account-access/grant", token: owner.token,
                                                  json: ["user_id": susan, "view_id": "_family"])
            #expect(grant.status == 201, "\(grant.text)")
            #expect(try await self.views(of: ViewsClient.other.0, owner) == ["_family"])
            let revoke = try await sandbox.request("POST", "\(owner.base())/views/owner/account-access/revoke", token: owner.token,
                                                   json: ["user_id": susan, "view_id": "_family"])
            #expect(try revoke.object()["revoked"] as? Bool == true)

            let weak = try await sandbox.request("POST", "\(owner.base())/views/auditor/account-access/grant", token: owner.token,
                                                 json: ["user_id": susan, "view_id": "accountant"])
            #expect(weak.status == 403)
            #expect(weak.obpMessage.hasPrefix("OBP-20084: "))
            let weakCustom = try await sandbox.request("POST", "\(owner.base())/views/auditor/account-access/revoke", token: owner.token,
                                                       json: ["user_id": susan, "view_id": "_family"])
            #expect(weakCustom.obpMessage.hasPrefix("OBP-20087: "))
            let stranger = try await ViewsClient.other(of: sandbox)
            let notHers = try await sandbox.request("POST", "\(owner.base())/views/owner/account-access/grant", token: stranger.token,
                                                    json: ["user_id": susan, "view_id": "owner"])
            #expect(notHers.status == 403)
            #expect(notHers.obpMessage.hasPrefix("OBP-20017: "))
        }
    }

    @Test("the last owner keeps the owner view; a public view is neither granted nor revoked")
    func protectedGrants() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let robert = ViewsClient.owner.0, susan = ViewsClient.other.0
            let last = try await sandbox.request("DELETE", "\(owner.permissionsPath(robert))/views/owner", token: owner.token)
            #expect(last.status == 400)
            #expect(last.obpMessage.hasPrefix("OBP-30064: "))
            let all = try await sandbox.request("DELETE", "\(owner.permissionsPath(robert))/views", token: owner.token)
            #expect(all.status == 400)
            #expect(try await self.views(of: robert, owner) == ["owner", "accountant", "auditor"], "nothing was revoked")
            let robertID = try await owner.userID(robert)
            let v51 = try await sandbox.request("POST", "\(owner.base())/views/owner/account-access/revoke", token: owner.token,
                                                json: ["user_id": robertID, "view_id": "owner"])
            #expect(v51.obpMessage.hasPrefix("OBP-30064: "))

            let grantPublic = try await owner.grant("_public", to: susan)
            #expect(grantPublic.status == 400)
            #expect(grantPublic.obpMessage.hasPrefix("OBP-30063: "))
            let revokePublic = try await sandbox.request("DELETE", "\(owner.permissionsPath(susan))/views/_public", token: owner.token)
            #expect(revokePublic.obpMessage.hasPrefix("OBP-30064: "))

            #expect(try await owner.grant("owner", to: susan).status == 201)
            #expect(try await sandbox.request("DELETE", "\(owner.permissionsPath(robert))/views/owner", token: owner.token).status == 204,
                    "with another owner, the owner view can go")
        }
    }

    @Test("a user given a view sees the account and reads it through that view; revoked, it is gone")
    func grantedUserSeesTheAccount() async throws {
        try await TestSandbox.with { sandbox in
            let owner = try await ViewsClient.owner(of: sandbox)
            let susan = try await ViewsClient.other(of: sandbox)
            #expect(try await owner.createView("_family", actions: ["can_see_transaction_amount",
                                                                     "can_see_transaction_other_bank_account"]).status == 201)
            #expect(try await !self.myAccounts(susan).contains(ViewsClient.account))
            let before = try await sandbox.get("\(owner.base())/_family/transactions", token: susan.token)
            #expect(before.status == 403)
            #expect(before.obpMessage.hasPrefix("OBP-20017: "))

            #expect(try await owner.grant("_family", to: ViewsClient.other.0).status == 201)
            #expect(try await self.myAccounts(susan).contains(ViewsClient.account))
            let privateList = try await sandbox.get("/obp/v3.1.0/banks/\(ViewsClient.bank)/accounts/private", token: susan.token)
            let entry = (try privateList.object()["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == ViewsClient.account }
            #expect((entry?["views"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["_family"])
            let page = try await owner.transactions(through: "_family", token: susan.token)
            #expect(!page.isEmpty)
            #expect(page.allSatisfy { ($0["details"] as? [String: Any])?["new_balance"] is NSNull })
            #expect(page.allSatisfy { ($0["details"] as? [String: Any])?["value"] is [String: Any] })
            let ownerView = try await sandbox.get("\(owner.base())/owner/transactions", token: susan.token)
            #expect(ownerView.status == 403, "only the view she was given")

            #expect(try await sandbox.request("DELETE", "\(owner.permissionsPath(ViewsClient.other.0))/views/_family",
                                              token: owner.token).status == 204)
            #expect(try await !self.myAccounts(susan).contains(ViewsClient.account))
            #expect(try await sandbox.get("\(owner.base())/_family/transactions", token: susan.token).status == 403)
        }
    }

    private func views(of username: String, _ owner: ViewsClient) async throws -> [String] {
        let response = try await owner.sandbox.get(owner.permissionsPath(username), token: owner.token)
        return (try response.object()["views"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    private func myAccounts(_ client: ViewsClient) async throws -> [String] {
        let accounts = try await client.sandbox.get("/obp/v5.1.0/my/accounts", token: client.token).object()["accounts"]
        return (accounts as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
}
