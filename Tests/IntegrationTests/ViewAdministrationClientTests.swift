import Foundation
import Sandbox
import Testing
@testable import BankKit

/// The typed views and access calls against bankterm's sandbox over real HTTP, and their decoders against what
/// other servers send.
@Suite struct ViewAdministrationClientTests {
    let account = AccountRef(bankID: "obp-bank-x-gh", accountID: "e0ec24be-5ab1-4760-9189-ad280228c134")

    @Test func createUpdateShowAndDeleteAView() async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let obp = ExampleSandbox.provider(server)
        let spec = ViewSpec(description: "for the family", alias: .publicAlias, hideMetadataIfAliasUsed: true,
                            allowedActions: [.canSeeTransactionAmount, .canSeeTransactionOtherBankAccount])
        let created = try await obp.createView(named: "_family", spec, in: account)
        #expect(created.id == "_family" && created.alias == .publicAlias && created.hideMetadataIfAliasUsed)
        #expect(created.permissions == [ViewPermission(.canSeeTransactionAmount), ViewPermission(.canSeeTransactionOtherBankAccount)])
        #expect(created.summary.isSystem == false)
        #expect(ViewSpec(copying: created) == ViewSpec(description: "for the family", metadataView: "_family",
                                                        alias: .publicAlias, hideMetadataIfAliasUsed: true,
                                                        allowedActions: spec.allowedActions))

        var changed = ViewSpec(copying: created)
        changed.allowedActions.insert(.canSeeTransactionBalance)
        changed.alias = .none
        let updated = try await obp.updateView("_family", changed, in: account)
        #expect(updated.permissions.contains(ViewPermission(.canSeeTransactionBalance)))
        #expect(updated.alias == .none)
        #expect(try await obp.viewDetails(account: account).first { $0.id == "_family" } == updated)

        try await obp.deleteView("_family", in: account)
        #expect(try await obp.viewDetails(account: account).contains { $0.id == "_family" } == false)

        await #expect(throws: BankError.self) { try await obp.createView(named: "family", ViewSpec(), in: account) }
        do {
            _ = try await obp.updateView("owner", ViewSpec(), in: account)
            Issue.record("a system view was updated")
        } catch let error as BankError {
            #expect(error.kind == .badRequest && error.code == "OBP-20021")
        }
    }

    @Test func grantListAndRevokeByUsername() async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let obp = ExampleSandbox.provider(server)
        let provider = try #require(try await obp.currentUser().provider)
        let susan = ExampleSandbox.users[1].username
        _ = try await obp.createView(named: "_family", ViewSpec(allowedActions: [.canSeeTransactionAmount]), in: account)
        let granted = try await obp.grantAccess(to: susan, provider: provider, views: ["_family", "auditor"], account: account)
        #expect(Set(granted.map(\.id)) == ["_family", "auditor"])
        let list = try await obp.accessList(account: account)
        #expect(list.first { $0.user.displayName == susan }.map { Set($0.views.map(\.id)) } == ["_family", "auditor"])
        #expect(list.allSatisfy { $0.user.provider == provider })
        #expect(try await obp.access(of: susan, provider: provider, account: account).map(\.id) == ["auditor", "_family"])

        try await obp.revokeAccess(from: susan, provider: provider, view: "auditor", account: account)
        #expect(try await obp.access(of: susan, provider: provider, account: account).map(\.id) == ["_family"])
        try await obp.revokeAllAccess(from: susan, provider: provider, account: account)
        #expect(try await obp.access(of: susan, provider: provider, account: account).isEmpty)
        #expect(try await obp.grantAccess(to: susan, provider: provider, view: "_family", account: account).id == "_family")
        #expect(try await obp.access(of: susan, provider: provider, account: account).map(\.id) == ["_family"])

        do {
            try await obp.revokeAccess(from: ExampleSandbox.users[0].username, provider: provider, view: "owner", account: account)
            Issue.record("the last owner lost the owner view")
        } catch let error as BankError {
            #expect(error.code == "OBP-30064")
        }
        let stranger = ExampleSandbox.provider(server, user: 1)
        do {
            _ = try await stranger.accessList(account: account)
            Issue.record("a stranger listed the account's access")
        } catch let error as BankError {
            #expect(error.status == 403)
        }
    }

    @Test(arguments: [OBPAPIVersion.v4_0_0, .v5_0_0, .v5_1_0])
    func grantAndRevokeByUserIDInTheVersionsForm(version: OBPAPIVersion) async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let obp = ExampleSandbox.provider(server, version: version)
        let susan = ExampleSandbox.provider(server, user: 1, version: version)
        let susanID = try await susan.currentUser().id
        _ = try await obp.createView(named: "_family", ViewSpec(allowedActions: [.canSeeTransactionAmount]), in: account)
        let view = try await obp.grantAccountAccess(userID: susanID, view: "_family", account: account)
        #expect(view.id == "_family")
        let page = try await susan.transactions(account, view: "_family", page: PageRequest(limit: 3))
        #expect(page.items.count == 3)
        #expect(page.items.allSatisfy { $0.value != nil && $0.newBalance == nil })
        #expect(try await obp.revokeAccountAccess(userID: susanID, view: "_family", account: account))
        #expect(try await susan.accounts(bank: nil).contains { $0.ref == account } == false)
    }

    @Test func decodersTolerateNullsStringsAndOlderShapes() throws {
        let view = #"""
        {"id":"_x","short_name":null,"description":null,"metadata_view":"","is_public":"false","alias":"PRIVATE",
         "hide_metadata_if_alias_used":1,"can_see_tags":"true","can_add_tag":false,"can_grant_access_to_views":["owner"]}
        """#
        let details = try OBPWire.viewDetails(Data(view.utf8))
        #expect(details.summary.shortName == "_x" && details.metadataView == nil && details.alias == .privateAlias)
        #expect(details.hideMetadataIfAliasUsed && !details.summary.isSystem && !details.summary.isPublic)
        #expect(details.permissions.contains(ViewPermission(.canSeeTags)) && !details.permissions.contains(ViewPermission(.canAddTag)))
        let permissions = #"""
        {"permissions":[{"user":{"id":"u1","provider":null,"display_name":null},"views":[{"id":"owner"}]},
                        {"user":null,"views":[]},{"user":{"user_id":"u2","username":"sam"},"views":null}]}
        """#
        let grants = try OBPWire.permissions(Data(permissions.utf8))
        #expect(grants.map(\.user.displayName) == ["u1", "sam"])
        #expect(grants.map { $0.views.map(\.id) } == [["owner"], []])
        #expect(try OBPWire.revoked(Data(#"{"revoked":"true"}"#.utf8)))
        #expect(throws: BankError.self) { try OBPWire.viewDetailsList(Data(#"{"error":"OBP-20001: no"}"#.utf8)) }
        let old = OBPWire.error(status: 400, headers: HTTPHeaders(), body: Data(#"{"error":"OBP-20020: Custom view name must start with `_`."}"#.utf8))
        #expect(old.code == "OBP-20020" && old.kind == .badRequest)
    }

    @Test func everyFlagHasAGroupAndRequestNamesMapToFlags() {
        #expect(Set(ViewFlag.allCases.map(\.group)) == Set(ViewFlag.Group.allCases))
        #expect(ViewFlag.byGroup.flatMap(\.flags).count == ViewFlag.allCases.count)
        #expect(ViewFlag.byGroup.first?.flags.first == .canSeeTransactionAmount)
        #expect(ViewFlag(actionName: "can_see_narrative") == .canSeeOwnerComment)
        #expect(ViewFlag(actionName: "can_see_tags") == .canSeeTags)
        #expect(ViewFlag(actionName: "can_fly") == nil)
        #expect(ViewFlag.otherActionNames.allSatisfy { ViewFlag(actionName: $0) == nil })
    }
}

@Suite struct ViewSpecChangeTests {
    @Test func listsFlagsOnAndOffInOBPOrderThenSettings() {
        let old = ViewSpec(description: "a", alias: .publicAlias, allowedActions: [.canSeeTags, .canAddTag])
        var new = old
        new.allowedActions = [.canSeeTags, .canSeeTransactionAmount, .canAddComment]
        new.alias = .none
        let change = ViewSpecChange(from: old, to: new)
        #expect(change.lines == ["+ can_add_comment", "+ can_see_transaction_amount", "- can_add_tag", "alias: public -> none"])
        #expect(ViewSpecChange(from: old, to: old).isEmpty)
    }
}
