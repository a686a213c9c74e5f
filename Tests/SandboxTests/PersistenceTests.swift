import Foundation
import Testing
@testable import Sandbox

@Suite("Persistence")
struct PersistenceTests {
    @Test("annotations survive a restart on the same database file")
    func restartKeepsAnnotations() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sandbox.sqlite").path
        let base = "/obp/v5.1.0/banks/obp-bank-x-gh/accounts/e0ec24be-5ab1-4760-9189-ad280228c134/owner/transactions"

        let transaction = try await TestSandbox.with(databasePath: path) { sandbox in
            let token = try await sandbox.login()
            let id = try #require(try await sandbox.allTransactions(bank: "obp-bank-x-gh", account: "e0ec24be-5ab1-4760-9189-ad280228c134",
                                                                   token: token, pageSize: 1, ascending: true).first?["id"] as? String)
            #expect(try await sandbox.request("POST", "\(base)/\(id)/metadata/tags", token: token, json: ["value": "kept"]).status == 201)
            return id
        }
        try await TestSandbox.with(databasePath: path) { sandbox in
            let token = try await sandbox.login()
            let tags = try await sandbox.get("\(base)/\(transaction)/metadata/tags", token: token).object()["tags"] as? [[String: Any]]
            #expect(tags?.map { $0["value"] as? String } == ["kept"])
        }
    }

    @Test("generating demo data again on an existing database keeps it and its annotations")
    func generateIsIdempotent() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.sqlite").path
        let base = "/obp/v5.1.0/banks/bankterm.fi/accounts/fi-kaytto-001/owner/transactions"

        let transaction = try await TestSandbox.with(importing: false, generate: 500, databasePath: path) { sandbox in
            #expect(sandbox.server.loadReport.generatedTransactions == 500)
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let id = try #require(try await sandbox.allTransactions(bank: "bankterm.fi", account: "fi-kaytto-001", token: token,
                                                                   pageSize: 1, ascending: false).first?["id"] as? String)
            #expect(try await sandbox.request("POST", "\(base)/\(id)/metadata/comments", token: token,
                                              json: ["value": "still here"]).status == 201)
            return id
        }
        try await TestSandbox.with(importing: false, generate: 500, databasePath: path) { sandbox in
            #expect(sandbox.server.loadReport.generatedTransactions == 0)
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let all = try await sandbox.allTransactions(bank: "bankterm.fi", account: "fi-kaytto-001", token: token,
                                                        pageSize: 1000, ascending: true)
            #expect(all.count == DemoData.shares(of: 500)[0])
            let comments = try await sandbox.get("\(base)/\(transaction)/metadata/comments", token: token)
                .object()["comments"] as? [[String: Any]]
            #expect(comments?.contains { $0["value"] as? String == "still here" } == true)
        }
    }
}
