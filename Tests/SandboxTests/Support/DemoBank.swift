import Foundation
@testable import Sandbox

/// A sandbox with the generated demo data, logged in as the demo user, with the account reads payment tests
/// compare before and after.
struct DemoBank: Sendable {
    let sandbox: TestSandbox
    let token: String

    static let fi = "bankterm.fi"
    /// The demo user's own EUR, EUR, JPY and GBP accounts, and Aino's EUR account (demo: accountant, auditor).
    static let current = "fi-kaytto-001", savings = "fi-saasto-002", yen = "jp-futsu-001", pounds = "uk-current-001"
    static let ainos = "fi-kaytto-101"

    static func with<T>(challenges: ChallengePolicy = ChallengePolicy(), _ body: (DemoBank) async throws -> T) async throws -> T {
        let sandbox = TestSandbox(server: try await SandboxServer.start(SandboxConfiguration(
            generate: 200, challenges: challenges)))
        do {
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let result = try await body(DemoBank(sandbox: sandbox, token: token))
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    func path(_ account: String, version: String = "v5.1.0", bank: String = fi, view: String = "owner") -> String {
        "/obp/\(version)/banks/\(bank)/accounts/\(account)/\(view)"
    }

    /// POST .../transaction-request-types/TYPE/transaction-requests.
    func pay(_ version: String = "v5.1.0", bank: String = fi, from account: String, view: String = "owner",
             type: String = "SANDBOX_TAN", to: [String: Any], amount: Any, currency: String = "EUR",
             description: String = "test payment") async throws -> TestResponse {
        try await sandbox.request("POST", "\(path(account, version: version, bank: bank, view: view))/transaction-request-types/\(type)/transaction-requests",
                                  token: token, json: ["to": to, "value": ["currency": currency, "amount": amount],
                                                       "description": description])
    }

    func answer(_ version: String = "v5.1.0", bank: String = fi, account: String, type: String = "SANDBOX_TAN",
                request: [String: Any], answer: String = "123") async throws -> TestResponse {
        let challengeID = (request["challenge"] as? [String: Any])?["id"] as? String
            ?? ((request["challenges"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
        return try await self.answer(version, bank: bank, account: account, type: type, id: request["id"] as? String ?? "",
                                     challengeID: challengeID, answer: answer)
    }

    func answer(_ version: String = "v5.1.0", bank: String = fi, account: String, type: String = "SANDBOX_TAN",
                id: String, challengeID: String, answer: String = "123") async throws -> TestResponse {
        try await sandbox.request("POST", "\(path(account, version: version, bank: bank))/transaction-request-types/\(type)/transaction-requests/\(id)/challenge",
                                  token: token, json: ["id": challengeID, "answer": answer])
    }

    func balance(bank: String = fi, _ account: String) async throws -> Decimal {
        let object = try await sandbox.get("\(path(account, bank: bank))/account", token: token).object()
        return Decimal(string: (object["balance"] as? [String: Any])?["amount"] as? String ?? "") ?? .nan
    }

    /// The newest transactions first.
    func transactions(bank: String = fi, _ account: String, limit: Int = 5) async throws -> [[String: Any]] {
        try await sandbox.get("\(path(account, bank: bank))/transactions", token: token,
                              headers: ["obp_limit": String(limit), "obp_sort_direction": "DESC"])
            .object()["transactions"] as? [[String: Any]] ?? []
    }

    func request(_ account: String, id: String) async throws -> [String: Any] {
        try await sandbox.get("\(path(account))/transaction-requests/\(id)", token: token).object()
    }
}

extension [String: Any] {
    subscript(path keys: String...) -> Any? {
        var value: Any? = self
        for key in keys { value = (value as? [String: Any])?[key] }
        return value
    }
}
