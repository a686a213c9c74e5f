import ArgumentParser
import BankKit
import Foundation
import Sandbox
import Testing
@testable import bankterm

/// `views` and `access`: how their arguments parse, and what they do and print against the sandbox.
@Suite struct ViewsCommandTests {
    static let importFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures/obp/example_import.json").path
    let account = AccountRef(bankID: "obp-bank-x-gh", accountID: "e0ec24be-5ab1-4760-9189-ad280228c134")

    @Test func theViewsListKeepsItsOldForm() throws {
        let list = try Bankterm.parseAsRoot(["views", "--bank", "b", "--account", "a", "--format", "json"])
        let command = try #require(list as? ViewsCommand.List)
        #expect(command.target.ref == AccountRef(bankID: "b", accountID: "a") && command.format == .json)
        #expect(try Bankterm.parseAsRoot(["views", "show", "owner", "--bank", "b", "--account", "a"]) is ViewsShowCommand)
        #expect(try Bankterm.parseAsRoot(["views", "rm", "_x", "--bank", "b", "--account", "a", "--yes"]) is ViewsRemoveCommand)
    }

    /// One view has no rows to make CSV of: csv is refused, not answered with a table.
    @Test func oneRecordIsATableOrJSONNeverCSV() throws {
        let target = ["--bank", "b", "--account", "a"]
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(["views", "show", "owner", "--format", "csv"] + target) }
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(["access", "list", "--format", "csv"] + target) }
        #expect(try Bankterm.parseAsRoot(["views", "show", "owner", "--format", "json"] + target) is ViewsShowCommand)
        #expect(try Bankterm.parseAsRoot(["views", "--format", "csv"] + target) is ViewsCommand.List, "a list has rows")
    }

    @Test func revokeNeedsViewsOrAllButNotBoth() throws {
        let base = ["access", "revoke", "sam", "--bank", "b", "--account", "a"]
        #expect(try Bankterm.parseAsRoot(base + ["--all"]) is AccessRevokeCommand)
        #expect(try Bankterm.parseAsRoot(base + ["_family", "auditor"]) is AccessRevokeCommand)
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(base) }
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(base + ["_family", "--all"]) }
    }

    @Test func specOptionsChangeOnlyWhatTheyName() throws {
        let options = try ViewSpecOptions.parse(["--allow", "can_see_tags,can_add_tag", "--allow", "can_see_narrative",
                                                 "--deny", "can_add_tag,can_see_transaction_amount", "--alias", "private",
                                                 "--no-public"])
        let start = ViewSpec(description: "kept", isPublic: true, allowedActions: [.canSeeTransactionAmount, .canSeeComments])
        let spec = try options.applied(to: start)
        #expect(spec.allowedActions == [.canSeeTags, .canSeeOwnerComment, .canSeeComments])
        #expect(spec.alias == .privateAlias && !spec.isPublic && spec.description == "kept")
        #expect(throws: BankError.self) { try ViewSpecOptions.parse(["--allow", "can_fly"]).applied(to: start) }
    }

    @Test func createShowUpdateGrantListAndRevokeAgainstTheSandbox() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(importFile: Self.importFile))
        defer { Task { await server.stop() } }
        let obp = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, credentials: DirectLoginCredentials(username: "Robert.X.0.GH", password: "X!d1edcafd",
                                                                         consumerKey: DemoCredentials.consumerKey)))

        let like = try ViewSpecOptions.parse(["--deny", "can_see_transaction_amount", "--alias", "private",
                                              "--description", "like public", "--no-public"])
        let created = try await ViewsCreateCommand.create("_family", like: "_public", like, in: account, obp)
        let publicView = try await ViewsShowCommand.find("_public", in: account, obp)
        #expect(created.permissions == publicView.permissions.subtracting([ViewPermission(.canSeeTransactionAmount)]))
        #expect(created.alias == .privateAlias && created.metadataView == "_family", "a copy keeps its own metadata")
        #expect(!created.summary.isPublic && created.summary.description == "like public")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(ViewOutput.render(created, format: .json).utf8)) as? [String: Any])
        let flags = try #require(json["flags"] as? [String: Bool])
        #expect(Set(flags.keys) == Set(ViewFlag.allCases.map(\.rawValue)))
        #expect(flags["can_see_transaction_amount"] == false && flags["can_see_tags"] == true)
        #expect(json["alias"] as? String == "private" && json["is_system"] as? Bool == false)
        let table = ViewOutput.render(created, format: .table)
        #expect(table.contains("can_see_transaction_amount") && table.contains("transaction fields"))

        let updated = try await ViewsUpdateCommand.update("_family", ViewSpecOptions.parse(["--allow", "can_see_transaction_amount"]),
                                                          in: account, obp)
        #expect(updated.permissions == publicView.permissions && updated.alias == .privateAlias)

        let provider = try #require(try await obp.currentUser().provider)
        _ = try await obp.grantAccess(to: "Susan.X.0.GH", provider: provider, views: ["_family"], account: account)
        let listed = AccessListCommand.render(try await obp.accessList(account: account), format: .json)
        let grants = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        #expect(grants.first { $0["username"] as? String == "Susan.X.0.GH" }?["views"] as? [String] == ["_family"])

        try await AccessRevokeCommand.revoke(["_family"], all: false, from: "Susan.X.0.GH", provider: provider, in: account, obp)
        #expect(try await obp.accessList(account: account).contains { $0.user.displayName == "Susan.X.0.GH" } == false)
        try await obp.deleteView("_family", in: account)
    }
}
