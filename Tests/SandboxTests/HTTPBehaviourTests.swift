import Testing
@testable import Sandbox

@Suite("ETags and rate limits")
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
}
