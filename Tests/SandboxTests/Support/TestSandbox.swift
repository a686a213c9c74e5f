import Foundation
@testable import Sandbox

/// A running sandbox for one test, with request helpers. Call `stop()` at the end.
struct TestSandbox: Sendable {
    let server: SandboxServer

    var port: Int { server.port }

    static func start(importing: Bool = true, generate: Int? = nil, databasePath: String? = nil,
                      rateLimit: Int? = nil, maxBodyBytes: Int = 64 * 1024) async throws -> TestSandbox {
        TestSandbox(server: try await SandboxServer.start(SandboxConfiguration(
            databasePath: databasePath, importFile: importing ? Fixtures.importFile : nil, generate: generate,
            rateLimitPerMinute: rateLimit, maxBodyBytes: maxBodyBytes)))
    }

    /// Runs `body` against a fresh sandbox and always stops it afterwards.
    static func with<T>(importing: Bool = true, generate: Int? = nil, databasePath: String? = nil, rateLimit: Int? = nil,
                        maxBodyBytes: Int = 64 * 1024, _ body: (TestSandbox) async throws -> T) async throws -> T {
        let sandbox = try await start(importing: importing, generate: generate, databasePath: databasePath,
                                      rateLimit: rateLimit, maxBodyBytes: maxBodyBytes)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    func stop() async { await server.stop() }

    func request(_ method: String, _ path: String, token: String? = nil, headers: [String: String] = [:],
                 json: Any? = nil, rawBody: [UInt8]? = nil) async throws -> TestResponse {
        var allHeaders = headers
        if let token { allHeaders["DirectLogin"] = "token=\(token)" }
        var body = rawBody ?? []
        if let json {
            body = Array(try JSONSerialization.data(withJSONObject: json))
            allHeaders["Content-Type"] = "application/json"
        }
        return try await TestHTTP.send(port: port, method, path, headers: allHeaders, body: body)
    }

    func get(_ path: String, token: String? = nil, headers: [String: String] = [:]) async throws -> TestResponse {
        try await request("GET", path, token: token, headers: headers)
    }

    /// Logs in with the new header form and returns the token.
    func login(_ username: String = "Robert.X.0.GH", _ password: String = "X!d1edcafd",
               consumerKey: String = DemoCredentials.consumerKey) async throws -> String {
        let response = try await TestHTTP.send(port: port, "POST", "/my/logins/direct", headers: [
            "DirectLogin": "username=\(username), password=\(password), consumer_key=\(consumerKey)",
        ])
        guard response.status == 201, let token = try response.object()["token"] as? String else {
            throw TestHTTP.Failure.notAnObject(response.text)
        }
        return token
    }

    /// Every transaction of an account through a view, paging with the `obp_*` headers.
    func allTransactions(bank: String, account: String, view: String = "owner", token: String?, pageSize: Int,
                         ascending: Bool) async throws -> [[String: Any]] {
        var all = [[String: Any]]()
        while true {
            let response = try await get("/obp/v5.1.0/banks/\(bank)/accounts/\(account)/\(view)/transactions", token: token,
                                         headers: ["obp_limit": String(pageSize), "obp_offset": String(all.count),
                                                   "obp_sort_direction": ascending ? "ASC" : "DESC"])
            guard response.status == 200 else { throw TestHTTP.Failure.notAnObject(response.text) }
            let page = try response.object()["transactions"] as? [[String: Any]] ?? []
            all += page
            if page.count < pageSize { return all }
        }
    }
}
