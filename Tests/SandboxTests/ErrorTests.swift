import Testing
@testable import Sandbox

@Suite("OBP errors")
struct ErrorTests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134" // Robert.X.0.GH's

    @Test("unknown bank, account, view, transaction and path get OBP's codes and statuses")
    func notFound() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let cases: [(String, Int, String)] = [
                ("/obp/v5.1.0/banks/nope", 404, "OBP-30001: Bank not found. Please specify a valid value for BANK_ID."),
                ("/obp/v5.1.0/banks/nope/accounts/\(Self.account)/owner/transactions", 404, "OBP-30001: "),
                ("/obp/v5.1.0/banks/\(Self.bank)/accounts/nope/owner/transactions", 404, "OBP-30018: Bank Account not found."),
                ("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/nope/transactions", 404, "OBP-30005: View not found for Account."),
                ("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions/nope/transaction", 404, "OBP-30067: "),
                ("/obp/v5.1.0/no/such/path", 404, "OBP-10404: "),
                ("/obp/v9.9.9/banks", 404, "OBP-10404: "),
                ("/obp/v3.1.0/banks/\(Self.bank)/accounts/\(Self.account)/balances", 404, "OBP-10404: "),
                ("/obp/v5.1.0/banks/bad%20id", 400, "OBP-30111: Invalid Bank Id."),
                ("/obp/v5.1.0/banks/\(Self.bank)/accounts/bad$id/owner/account", 400, "OBP-30110: Invalid Account Id."),
            ]
            for (path, status, prefix) in cases {
                let response = try await sandbox.get(path, token: token)
                #expect(response.status == status, "\(path)")
                #expect(response.obpCode == status, "\(path)")
                #expect(response.obpMessage.hasPrefix(prefix), "\(path): \(response.obpMessage)")
                #expect(response.headers["correlation-id"]?.isEmpty == false)
            }
        }
    }

    @Test("a user without access to a view gets OBP-20017, anonymous gets OBP-20001")
    func noAccess() async throws {
        try await TestSandbox.with { sandbox in
            let susan = try await sandbox.login("Susan.X.0.GH", "X!90e4e3e4")
            let path = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions"
            let forbidden = try await sandbox.get(path, token: susan)
            #expect(forbidden.status == 403)
            #expect(forbidden.obpMessage == "OBP-20017: Current user does not have access to the view. Please specify a valid value for VIEW_ID.")
            let anonymous = try await sandbox.get(path)
            #expect(anonymous.status == 401)
            #expect(anonymous.obpMessage.hasPrefix("OBP-20001: "))
        }
    }

    @Test("malformed JSON is OBP-10001, an oversized body is 413, and the server keeps serving")
    func badBodies() async throws {
        try await TestSandbox.with(maxBodyBytes: 1024) { sandbox in
            let token = try await sandbox.login()
            let transaction = try #require(try await sandbox.allTransactions(bank: Self.bank, account: Self.account, token: token,
                                                                            pageSize: 1, ascending: true).first?["id"] as? String)
            let path = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions/\(transaction)/metadata/tags"
            let malformed = try await sandbox.request("POST", path, token: token, rawBody: Array("{\"value\": ".utf8))
            #expect(malformed.status == 400)
            #expect(malformed.obpMessage == "OBP-10001: Incorrect json format.")
            let wrongType = try await sandbox.request("POST", path, token: token, json: ["value": 5])
            #expect(wrongType.obpMessage == "OBP-10001: Incorrect json format.")

            let huge = try await sandbox.request("POST", path, token: token, json: ["value": String(repeating: "x", count: 5000)])
            #expect(huge.status == 413)

            let tags = try await sandbox.get(path, token: token)
            #expect(tags.status == 200)
            #expect((try tags.object()["tags"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("every response carries a Correlation-Id, echoed when the client sends one")
    func correlationID() async throws {
        try await TestSandbox.with { sandbox in
            let generated = try await sandbox.get("/obp/v5.1.0/banks")
            #expect(generated.headers["correlation-id"]?.count == 36)
            let echoed = try await sandbox.get("/obp/v5.1.0/banks", headers: ["Correlation-Id": "abc-123"])
            #expect(echoed.headers["correlation-id"] == "abc-123")
        }
    }
}
