import Foundation
import Testing
@testable import Sandbox

@Suite("Transaction metadata per view")
struct MetadataTests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134" // Robert.X.0.GH's

    private func firstTransaction(_ sandbox: TestSandbox, _ token: String) async throws -> String {
        try #require(try await sandbox.allTransactions(bank: Self.bank, account: Self.account, token: token, pageSize: 1,
                                                       ascending: true).first?["id"] as? String)
    }

    private func base(_ view: String, _ transaction: String) -> String {
        "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/\(view)/transactions/\(transaction)"
    }

    private func metadata(_ sandbox: TestSandbox, _ token: String, view: String, _ transaction: String) async throws -> [String: Any] {
        let response = try await sandbox.get("\(base(view, transaction))/transaction", token: token)
        #expect(response.status == 200)
        return try #require(try response.object()["metadata"] as? [String: Any])
    }

    @Test("tags, comments, narrative and where made through owner appear there only, and go away when deleted")
    func annotateThroughOneView() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let tx = try await firstTransaction(sandbox, token)
            let owner = base("owner", tx)

            let tag = try await sandbox.request("POST", "\(owner)/metadata/tags", token: token, json: ["value": "käyttö"])
            #expect(tag.status == 201)
            let tagID = try #require(try tag.object()["id"] as? String)
            let comment = try await sandbox.request("POST", "\(owner)/metadata/comments", token: token, json: ["value": "東京 🍣"])
            #expect(comment.status == 201)
            let commentID = try #require(try comment.object()["id"] as? String)
            #expect(try await sandbox.request("POST", "\(owner)/metadata/narrative", token: token,
                                              json: ["narrative": "Straße"]).status == 201)
            #expect(try await sandbox.request("PUT", "\(owner)/metadata/narrative", token: token,
                                              json: ["narrative": "Straße 2"]).status == 200)
            #expect(try await sandbox.request("POST", "\(owner)/metadata/where", token: token,
                                              json: ["where": ["latitude": 60.17, "longitude": 24.94]]).status == 201)
            let image = try await sandbox.request("POST", "\(owner)/metadata/images", token: token,
                                                  json: ["label": "receipt", "URL": "https://example.com/r.png"])
            #expect(image.status == 201)

            let seen = try await metadata(sandbox, token, view: "owner", tx)
            #expect((seen["tags"] as? [[String: Any]])?.first?["value"] as? String == "käyttö")
            #expect((seen["comments"] as? [[String: Any]])?.first?["value"] as? String == "東京 🍣")
            #expect(seen["narrative"] as? String == "Straße 2")
            #expect((seen["where"] as? [String: Any])?["latitude"] as? Double == 60.17)
            #expect((seen["images"] as? [Any])?.count == 1)
            #expect((try await sandbox.get("\(owner)/metadata/tags", token: token).object()["tags"] as? [Any])?.count == 1)
            #expect(try await sandbox.get("\(owner)/metadata/narrative", token: token).object()["narrative"] as? String == "Straße 2")

            let other = try await metadata(sandbox, token, view: "accountant", tx)
            #expect((other["tags"] as? [Any])?.isEmpty == true)
            #expect((other["comments"] as? [Any])?.isEmpty == true)
            #expect(other["narrative"] as? String == "")
            #expect(other["where"] is NSNull)

            #expect(try await sandbox.request("DELETE", "\(owner)/metadata/tags/\(tagID)", token: token).status == 204)
            #expect(try await sandbox.request("DELETE", "\(owner)/metadata/comments/\(commentID)", token: token).status == 204)
            #expect(try await sandbox.request("DELETE", "\(owner)/metadata/narrative", token: token).status == 204)
            #expect(try await sandbox.request("DELETE", "\(owner)/metadata/where", token: token).status == 204)
            let again = try await sandbox.request("DELETE", "\(owner)/metadata/tags/\(tagID)", token: token)
            #expect(again.status == 404)

            let cleared = try await metadata(sandbox, token, view: "owner", tx)
            #expect((cleared["tags"] as? [Any])?.isEmpty == true)
            #expect((cleared["comments"] as? [Any])?.isEmpty == true)
            #expect(cleared["narrative"] as? String == "")
            #expect(cleared["where"] is NSNull)
        }
    }

    @Test("auditor may not tag or comment: 403 OBP-30022 naming the permission")
    func auditorIsReadOnly() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let tx = try await firstTransaction(sandbox, token)
            let tag = try await sandbox.request("POST", "\(base("auditor", tx))/metadata/tags", token: token, json: ["value": "x"])
            #expect(tag.status == 403)
            #expect(tag.obpMessage == "OBP-30022: The current view does not have the permission: can_add_tag")
            let comment = try await sandbox.request("POST", "\(base("auditor", tx))/metadata/comments", token: token,
                                                    json: ["value": "x"])
            #expect(comment.obpMessage == "OBP-30022: The current view does not have the permission: can_add_comment")
            let narrative = try await sandbox.request("PUT", "\(base("accountant", tx))/metadata/narrative", token: token,
                                                      json: ["narrative": "x"])
            #expect(narrative.status == 403)
            #expect(narrative.obpMessage.hasSuffix("can_edit_owner_comment"))
        }
    }

    @Test("refused input: a tag with white space, a bad image URL, impossible coordinates, anonymous writes")
    func refusedInput() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let tx = try await firstTransaction(sandbox, token)
            let owner = base("owner", tx)
            let spaced = try await sandbox.request("POST", "\(owner)/metadata/tags", token: token, json: ["value": "two words"])
            #expect(spaced.status == 400)
            #expect(spaced.obpMessage.hasPrefix("OBP-20011: "))
            let url = try await sandbox.request("POST", "\(owner)/metadata/images", token: token,
                                                json: ["label": "x", "URL": "javascript:alert(1)"])
            #expect(url.obpMessage.hasPrefix("OBP-10017: "))
            let far = try await sandbox.request("POST", "\(owner)/metadata/where", token: token,
                                                json: ["where": ["latitude": 91, "longitude": 0]])
            #expect(far.obpMessage.hasPrefix("OBP-10001: "))
            let anonymous = try await sandbox.request("POST", "\(base("_public", tx))/metadata/comments", json: ["value": "hi"])
            #expect(anonymous.status == 401)
            #expect(anonymous.obpMessage.hasPrefix("OBP-20001: "))
            let missing = try await sandbox.request("POST", "\(base("owner", "no-such-tx"))/metadata/tags", token: token,
                                                    json: ["value": "x"])
            #expect(missing.obpMessage.hasPrefix("OBP-30067: "))
        }
    }
}
