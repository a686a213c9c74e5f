import BankKit
import Foundation
import Sandbox

/// The sandbox the in-process figures read from: bankterm's own server on loopback over a demo database whose
/// main account holds 100,000 transactions, and the raw JSON pages it serves.
struct BenchSandbox {
    /// The demo data gives its first account 40% of the generated transactions. `BENCH_GENERATE` and
    /// `BENCH_ACCOUNT_TRANSACTIONS` make the million-row database (2.5M generated, 1M in the account).
    static let generate = environment("BENCH_GENERATE") ?? 250_000
    static let account = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")
    static let view: ViewID = "owner"
    static let accountTransactions = environment("BENCH_ACCOUNT_TRANSACTIONS") ?? 100_000

    private static func environment(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }
    }
    static let transactionsPath = "/obp/v5.1.0/banks/\(account.bankID)/accounts/\(account.accountID)/\(view)/transactions"

    let server: SandboxServer
    let token: String
    let transport = HTTPTransport()

    static func start(databasePath: String) async throws -> BenchSandbox {
        let server = try await SandboxServer.start(SandboxConfiguration(databasePath: databasePath, generate: generate))
        let transport = HTTPTransport()
        let login = HTTPHeader("DirectLogin", "username=\(DemoCredentials.username), password=\(DemoCredentials.password), "
                               + "consumer_key=\(DemoCredentials.consumerKey)")
        let response = try await transport.send(HTTPRequest(method: .post, url: server.baseURL + "/my/logins/direct",
                                                            headers: [login]))
        return BenchSandbox(server: server, token: try OBPWire.token(response.body))
    }

    var transactionsURL: String {
        server.baseURL + Self.transactionsPath
    }

    /// One page as the server sends it.
    func page(offset: Int, limit: Int) async throws -> Data {
        let response = try await transport.send(HTTPRequest(url: transactionsURL, headers: [
            HTTPHeader("DirectLogin", "token=\(token)"),
            HTTPHeader("obp_limit", String(limit)), HTTPHeader("obp_offset", String(offset)),
        ]))
        guard response.status == 200 else { throw BenchFailure("page at \(offset): HTTP \(response.status)") }
        return response.body
    }

    /// The first `count` transactions as JSON pages of `limit`: the same objects a client pages through, in
    /// fewer requests, since the bench measures the client and not the server's OFFSET.
    func pages(count: Int, limit: Int) async throws -> [Data] {
        var pages: [Data] = []
        for offset in stride(from: 0, to: count, by: limit) {
            pages.append(try await page(offset: offset, limit: min(limit, count - offset)))
        }
        return pages
    }

    func stop() async { await server.stop() }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
