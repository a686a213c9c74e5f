import Foundation
import Testing
import TestSupport
@testable import BankKit

/// The OBP provider's protocol behaviour, checked byte by byte against a scripted server: login forms, token
/// header, paging parameters, re-login, 429 waits, ETag reuse and retries.
@Suite struct ProviderWireTests {
    static let banksBody = #"{"banks":[{"id":"b1","short_name":"B1","full_name":"Bank One"}]}"#
    static let tokenBody = #"{"token":"jwt-new"}"#
    let ref = AccountRef(bankID: "b1", accountID: "a1")

    private func provider(_ server: ScriptedHTTPServer, token: String? = nil, credentials: Bool = true,
                          store: TokenStore? = nil) -> OBPProvider {
        OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL + "/", credentials: credentials
                ? DirectLoginCredentials(username: "u", password: "p w", consumerKey: "k") : nil,
            token: token, tokenStore: store, retryDelay: 0.01))
    }

    @Test func loginFallsBackToTheAuthorizationForm() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            if request.target == "/my/logins/direct" {
                if request.header("DirectLogin") != nil {
                    return .http(status: 400, body: #"{"code":400,"message":"OBP-20012: header not recognised"}"#)
                }
                return .http(status: 201, body: Self.tokenBody)
            }
            return .http(status: 200, body: Self.banksBody)
        }
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = TokenStore(directory: directory, profile: "p")
        let obp = provider(server, store: store)
        #expect(try await obp.banks().map(\.id) == ["b1"])
        let requests = server.requests
        #expect(requests.count == 3)
        #expect(requests[0].header("DirectLogin") == "username=u, password=p w, consumer_key=k")
        #expect(requests[1].header("Authorization") == #"DirectLogin username="u",password="p w",consumer_key="k""#)
        #expect(requests[2].target == "/obp/v5.1.0/banks")
        #expect(requests[2].header("DirectLogin") == "token=jwt-new")
        #expect(store.load() == "jwt-new")
        #expect(await obp.requestCount == 3)
    }

    @Test func badCredentialsAreNotTriedTwice() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            .http(status: 401, body: #"{"code":401,"message":"OBP-20004: Invalid login credentials."}"#)
        }
        defer { server.stop() }
        await #expect {
            try await provider(server).login()
        } throws: { error in
            (error as? BankError)?.kind == .badCredentials && (error as? BankError)?.code == "OBP-20004"
        }
        #expect(server.requests.count == 1)
    }

    @Test func pagingGoesInHeadersAndQuery() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: #"{"transactions":[]}"#) }
        defer { server.stop() }
        let from = OBPDate.parse("2015-01-01T00:00:00Z")!
        let to = OBPDate.parse("2015-12-31T23:59:59.999Z")!
        let page = try await provider(server, token: "t").transactions(
            ref, view: "owner", page: PageRequest(limit: 7, offset: 14, sort: .ascending, from: from, to: to))
        #expect(page.items.isEmpty && page.isLast)
        let request = try #require(server.requests.first)
        #expect(request.target == "/obp/v5.1.0/banks/b1/accounts/a1/owner/transactions?limit=7&offset=14"
                + "&sort_direction=ASC&from_date=2015-01-01T00%3A00%3A00.000Z&to_date=2015-12-31T23%3A59%3A59.999Z")
        #expect(request.header("obp_limit") == "7")
        #expect(request.header("obp_offset") == "14")
        #expect(request.header("obp_sort_direction") == "ASC")
        #expect(request.header("obp_from_date") == "2015-01-01T00:00:00.000Z")
        #expect(request.header("obp_to_date") == "2015-12-31T23:59:59.999Z")
        #expect(request.header("DirectLogin") == "token=t")
    }

    @Test func expiredTokenLogsInAgainOnce() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            if request.target == "/my/logins/direct" { return .http(status: 201, body: Self.tokenBody) }
            if request.header("DirectLogin") == "token=jwt-new" { return .http(status: 200, body: Self.banksBody) }
            return .http(status: 401, body: #"{"code":401,"message":"OBP-20003: Invalid or expired access token."}"#)
        }
        defer { server.stop() }
        let obp = provider(server, token: "jwt-old")
        #expect(try await obp.banks().count == 1)
        #expect(server.requests.map(\.target) == ["/obp/v5.1.0/banks", "/my/logins/direct", "/obp/v5.1.0/banks"])
        #expect(await obp.currentToken() == "jwt-new")
    }

    @Test func expiredTokenWithoutCredentialsSaysLogin() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            .http(status: 401, body: #"{"code":401,"message":"OBP-20003: Invalid or expired access token."}"#)
        }
        defer { server.stop() }
        await #expect {
            try await provider(server, token: "old", credentials: false).banks()
        } throws: { error in
            guard let error = error as? BankError else { return false }
            return error.kind == .tokenExpired && error.userMessage.contains("bankterm login")
        }
        #expect(server.requests.count == 1)
    }

    @Test func rateLimitResetIsWaitedFor() async throws {
        let server = try ScriptedHTTPServer { _, index in
            index == 0
                ? .http(status: 429, headers: [("X-Rate-Limit-Limit", "5"), ("X-Rate-Limit-Remaining", "0"),
                                               ("X-Rate-Limit-Reset", "1")],
                        body: #"{"code":429,"message":"OBP-10018: Too Many Requests."}"#)
                : .http(status: 200, headers: [("X-Rate-Limit-Limit", "5"), ("X-Rate-Limit-Remaining", "4"),
                                               ("X-Rate-Limit-Reset", "60")], body: Self.banksBody)
        }
        defer { server.stop() }
        let obp = provider(server, token: "t")
        let started = Date()
        #expect(try await obp.banks().count == 1)
        #expect(Date().timeIntervalSince(started) >= 0.9)
        #expect(server.requests.count == 2)
        #expect(await obp.rateLimit?.remaining == 4)
    }

    @Test func distantRateLimitResetFailsAtOnce() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            .http(status: 429, headers: [("X-Rate-Limit-Reset", "3600")],
                  body: #"{"code":429,"message":"OBP-10018: Too Many Requests."}"#)
        }
        defer { server.stop() }
        await #expect {
            try await provider(server, token: "t").banks()
        } throws: { error in
            guard case .rateLimited(let retryAt?)? = (error as? BankError)?.kind else { return false }
            return retryAt.timeIntervalSinceNow > 3000
        }
        #expect(server.requests.count == 1)
    }

    @Test func notModifiedReusesTheCachedBody() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            request.header("If-None-Match") == "\"v1\""
                ? .http(status: 304, headers: [("ETag", "\"v1\"")])
                : .http(status: 200, headers: [("ETag", "\"v1\"")], body: Self.banksBody)
        }
        defer { server.stop() }
        let obp = provider(server, token: "t")
        let first = try await obp.banks()
        let second = try await obp.banks()
        #expect(first == second && second.count == 1)
        #expect(server.requests.map { $0.header("If-None-Match") } == [nil, "\"v1\""])
    }

    @Test func idempotentRequestsAreRetriedPostsAreNot() async throws {
        let server = try ScriptedHTTPServer { request, index in
            if request.method == "POST" { return .http(status: 503, body: #"{"code":503,"message":"busy"}"#) }
            return index < 2 ? .http(status: 503) : .http(status: 200, body: Self.banksBody)
        }
        defer { server.stop() }
        let obp = provider(server, token: "t")
        #expect(try await obp.banks().count == 1)
        #expect(server.requests.count == 3)
        await #expect(throws: BankError.self) {
            try await obp.addComment("hello", to: "tx", in: ref, view: "owner")
        }
        #expect(server.requests.count == 4)
    }

    @Test func anonymousCallsCarryNoToken() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: #"{"accounts":[{"id":"a"}]}"#) }
        defer { server.stop() }
        let accounts = try await provider(server, credentials: false).publicAccounts(bank: "b 1")
        #expect(accounts.map(\.ref) == [AccountRef(bankID: "b 1", accountID: "a")])
        let request = try #require(server.requests.first)
        #expect(request.target == "/obp/v5.1.0/banks/b%201/accounts/public")
        #expect(request.header("DirectLogin") == nil)
    }

    @Test func versionDecidesThePrivateAccountsPath() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: #"{"accounts":[]}"#) }
        defer { server.stop() }
        for version in [OBPAPIVersion.v3_0_0, .v3_1_0, .v4_0_0, .v5_1_0] {
            let obp = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, apiVersion: version,
                                                                  token: "t"))
            _ = try await obp.accounts(bank: "b")
        }
        // From v4.0.0 the list has no balances, so the bank's balances follow it.
        #expect(server.requests.map(\.target) == ["/obp/v3.0.0/banks/b/accounts/private",
                                                  "/obp/v3.1.0/banks/b/accounts/private",
                                                  "/obp/v4.0.0/banks/b/accounts", "/obp/v4.0.0/banks/b/balances",
                                                  "/obp/v5.1.0/banks/b/accounts", "/obp/v5.1.0/banks/b/balances"])
    }

    @Test func aServerWithoutBalancesLeavesThemUnknown() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            request.target.hasSuffix("/balances")
                ? .http(status: 404, body: #"{"code":404,"message":"OBP-10404: 404 Not Found."}"#)
                : .http(status: 200, body: #"{"accounts":[{"id":"a","bank_id":"b","label":"L"}]}"#)
        }
        defer { server.stop() }
        let obp = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, token: "t"))
        let accounts = try await obp.accounts(bank: "b")
        #expect(accounts.map(\.ref) == [AccountRef(bankID: "b", accountID: "a")])
        #expect(accounts[0].balance == nil)
    }

    @Test func tagsWithWhiteSpaceAreRefusedLocally() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 201, body: "{}") }
        defer { server.stop() }
        await #expect {
            try await provider(server, token: "t").addTag("two words", to: "t", in: ref, view: "owner")
        } throws: { error in
            (error as? BankError)?.kind == .invalidInput
        }
        #expect(server.requests.isEmpty)
    }
}
