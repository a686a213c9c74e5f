import Foundation
import Testing
@testable import Sandbox

@Suite("Importing OBP's example file")
struct ImportTests {
    @Test("the API shows 2 banks, 8 users who can log in, 14 accounts and 688 transactions")
    func countsOverTheAPI() async throws {
        try await TestSandbox.with { sandbox in try await checkCounts(sandbox) }
    }

    private func checkCounts(_ sandbox: TestSandbox) async throws {
        #expect(sandbox.server.loadReport.importedTransactions == 688)

        let banks = try await sandbox.get("/obp/v5.1.0/banks").object()["banks"] as? [[String: Any]] ?? []
        #expect(banks.count == 2)

        var accounts = Set<String>()
        var transactions = 0
        let users = try Fixtures.importedUsers()
        #expect(users.count == 8)
        for (username, password) in users {
            let token = try await sandbox.login(username, password)
            let mine = try await sandbox.get("/obp/v5.1.0/my/accounts", token: token).object()["accounts"] as? [[String: Any]] ?? []
            for account in mine {
                let bank = try #require(account["bank_id"] as? String), id = try #require(account["id"] as? String)
                #expect(accounts.insert("\(bank)/\(id)").inserted)
                transactions += try await sandbox.allTransactions(bank: bank, account: id, token: token, pageSize: 500,
                                                                  ascending: true).count
            }
        }
        #expect(accounts.count == 14)
        #expect(transactions == 688)
        // The same account id lives at both banks as two accounts.
        #expect(accounts.contains("obp-bank-x-gh/e0ec24be-5ab1-4760-9189-ad280228c134"))
        #expect(accounts.contains("obp-bank-y-gh/e0ec24be-5ab1-4760-9189-ad280228c134"))
    }

    @Test("a file that is not there is named, without Foundation's error domain")
    func aMissingFileSaysSo() {
        #expect {
            try OBPImporter.decode(path: "/nonexistent/import.json")
        } throws: { error in
            "\(error)" == "cannot import /nonexistent/import.json: no such file"
        }
    }

    @Test("importing the same file twice changes nothing")
    func importIsIdempotent() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("data.sqlite").path
        for _ in 0..<2 {
            try await TestSandbox.with(databasePath: path) { sandbox in
                let token = try await sandbox.login()
                let page = try await sandbox.allTransactions(bank: "obp-bank-x-gh",
                                                             account: "e0ec24be-5ab1-4760-9189-ad280228c134",
                                                             token: token, pageSize: 100, ascending: true)
                #expect(page.count == 53)
            }
        }
    }

    @Test("passwords are stored hashed, never in plain text")
    func passwordsAreHashed() async throws {
        let store = try SandboxStore(path: nil)
        let file = try OBPImporter.decode(path: Fixtures.importFile)
        _ = try await store.write { db in try OBPImporter.load(file, into: db) }
        let (user, salt, hash) = try #require(try await store.read { db in try StoreReads.credentials(db, username: "Robert.X.0.GH") })
        #expect(user.username == "Robert.X.0.GH")
        #expect(!hash.contains("X!d1edcafd") && hash.count == 64)
        #expect(PasswordHasher.verify(password: "X!d1edcafd", salt: salt, expectedHash: hash))
        #expect(!PasswordHasher.verify(password: "wrong", salt: salt, expectedHash: hash))
    }

    /// Computed outside Swift (Python's hashlib: sha256(salt + password), then 999 times sha256(digest + salt)),
    /// so databases written before the sandbox hashed with swift-crypto still log their users in.
    @Test("password hashes are the same bytes as before swift-crypto")
    func passwordHashVector() {
        #expect(PasswordHasher.hash(password: "X!d1edcafd", salt: "0123456789abcdef0123456789abcdef")
                == "1702219ba1a57acc5fa25de66c3f08f20c272af6c83d1b2b659ba6cc7aaa1586")
    }
}
