import Testing
@testable import Sandbox

@Suite("ETags, rate limits and cached answers")
struct HTTPBehaviourTests {
    @Test("GETs carry an ETag; a matching If-None-Match gets 304 with no body")
    func etag() async throws {
        try await TestSandbox.with { sandbox in
            let first = try await sandbox.get("/obp/v5.1.0/banks")
            let etag = try #require(first.headers["etag"])
            let second = try await sandbox.get("/obp/v5.1.0/banks", headers: ["If-None-Match": etag])
            #expect(second.status == 304)
            #expect(second.body.isEmpty)
            #expect(second.headers["etag"] == etag)
            let stale = try await sandbox.get("/obp/v5.1.0/banks", headers: ["If-None-Match": "\"other\""])
            #expect(stale.status == 200)
        }
    }

    @Test("beyond the limit per minute: 429 with OBP-10018 and X-Rate-Limit headers")
    func rateLimit() async throws {
        try await TestSandbox.with(rateLimit: 3) { sandbox in
            var statuses = [Int]()
            var last: TestResponse?
            for _ in 0..<4 {
                let response = try await sandbox.get("/obp/v5.1.0/root")
                statuses.append(response.status)
                last = response
            }
            #expect(statuses == [200, 200, 200, 429])
            let limited = try #require(last)
            #expect(limited.obpMessage == "OBP-10018: Too Many Requests.")
            #expect(limited.obpCode == 429)
            #expect(limited.headers["x-rate-limit-limit"] == "3")
            #expect(limited.headers["x-rate-limit-remaining"] == "0")
            let reset = try #require(limited.headers["x-rate-limit-reset"].flatMap(Int.init))
            #expect((1...60).contains(reset))
        }
    }

    @Test("requests are counted")
    func requestCount() async throws {
        try await TestSandbox.with(importing: false) { sandbox in
            for _ in 0..<3 { _ = try await sandbox.get("/obp/v5.1.0/root") }
            #expect(await sandbox.server.requestCount == 3)
        }
    }

    /// Repeated GETs on one connection are answered from the cache before routing (`CachedResponseHandler`); these
    /// hold that path to what the routed one answers.
    @Test("kept alive: a repeated GET is the same answer, in turn, never after a change, and counted")
    func cachedOnKeptAliveConnection() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let port = sandbox.port
            let page = "/obp/v5.1.0/banks/obp-bank-x-gh/accounts/e0ec24be-5ab1-4760-9189-ad280228c134/owner/transactions?limit=3"
            let auth = ["DirectLogin": "token=\(token)"]
            let before = await sandbox.server.requestCount
            let (first, second, echoed, pipelined, notModified, last, afterLast) = try await TestHTTP.onThread {
                let connection = try TestConnection(port: port)
                func get(_ headers: [String: String] = [:]) throws -> TestResponse {
                    try connection.write(TestConnection.request("GET", page, port: port, headers: auth.merging(headers) { $1 }))
                    return try connection.readResponse()
                }
                let first = try get()
                let second = try get()
                let echoed = try get(["Correlation-Id": "test-correlation"])
                // Two requests in one write: the uncached root first, so the cached page must wait its turn.
                try connection.write(TestConnection.request("GET", "/obp/v5.1.0/root", port: port)
                                     + TestConnection.request("GET", page, port: port, headers: auth))
                let pipelined = (try connection.readResponse(), try connection.readResponse())
                let notModified = try get(["If-None-Match": first.headers["etag"] ?? ""])
                // A request that asks to close is the last one answered, as in Hummingbird: then the end of the stream.
                let closing = try TestConnection(port: port)
                try closing.write(TestConnection.request("GET", page, port: port, headers: auth, close: true)
                                  + TestConnection.request("GET", page, port: port, headers: auth))
                let last = try closing.readResponse()
                let afterLast = Result { try closing.readResponse() }
                return (first, second, echoed, pipelined, notModified, last, afterLast)
            }
            #expect(first.status == 200 && second.status == 200)
            #expect(second.body == first.body && second.headers["etag"] == first.headers["etag"])
            for name in ["content-type", "content-length"] { #expect(second.headers[name] == first.headers[name]) }
            #expect(second.headers["date"]?.hasSuffix(" GMT") == true)
            #expect(second.headers["correlation-id"] != nil && second.headers["correlation-id"] != first.headers["correlation-id"])
            #expect(echoed.headers["correlation-id"] == "test-correlation")
            #expect(try pipelined.0.object()["version"] as? String == "v5.1.0")
            #expect(pipelined.1.headers["etag"] == first.headers["etag"])
            #expect(notModified.status == 304 && notModified.body.isEmpty)
            #expect(last.status == 200 && last.headers["etag"] == first.headers["etag"])
            #expect(throws: TestHTTP.Failure.self) { try afterLast.get() }
            #expect(await sandbox.server.requestCount == before + 7)

            let id = try #require((try first.object()["transactions"] as? [[String: Any]])?.first?["id"] as? String)
            let tagged = try await sandbox.request(
                "POST", "/obp/v5.1.0/banks/obp-bank-x-gh/accounts/e0ec24be-5ab1-4760-9189-ad280228c134/owner/transactions/\(id)/metadata/tags",
                token: token, json: ["value": "cached"])
            #expect(tagged.status == 201)
            let (after, expired) = try await TestHTTP.onThread {
                let connection = try TestConnection(port: port)
                try connection.write(TestConnection.request("GET", page, port: port, headers: auth))
                return (try connection.readResponse(), connection)
            }
            #expect(after.status == 200 && after.body != first.body && after.text.contains("cached"))
            await sandbox.server.expireTokens()
            let refused = try await TestHTTP.onThread {
                try expired.write(TestConnection.request("GET", page, port: port, headers: auth))
                return try expired.readResponse()
            }
            #expect(refused.status == 401)
        }
    }
}
