import BankKit
import Foundation
import Testing
import TestSupport

/// What `OPProvider` puts on the wire, seen by a scripted server: OP's headers, one session id for the provider's
/// life, a fresh request id per request (retries included), and 503 tried again.
@Suite struct OPHeaderTests {
    @Test func sendsOPsHeadersWithOneSessionAndFreshRequestIDs() async throws {
        let server = try ScriptedHTTPServer { _, index in
            index == 1 ? .http(status: 503, body: #"{"errors":[{"id":"x","level":"FATAL","type":"TECHNICAL","message":"busy","code":"503-1"}]}"#)
                : .http(status: 200, headers: [("X-RateLimit-Limit", "1000"), ("X-RateLimit-Remaining", "7"),
                                               ("X-RateLimit-Reset", "60")], body: "[]")
        }
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bt-op-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let provider = OPProvider(configuration: OPConfiguration(
            baseURL: server.baseURL + "/", apiKey: "key-1", token: OPSandbox.customers[3].token,
            annotations: try LocalAnnotationStore(path: directory.appendingPathComponent("a.sqlite").path),
            retryDelay: 0.01))
        #expect(try await provider.accounts(bank: nil).isEmpty)
        #expect(try await provider.accounts(bank: nil).isEmpty)

        let requests = server.requests
        #expect(requests.count == 3, "the 503 was tried again")
        #expect(requests.allSatisfy { $0.method == "GET" && $0.target == "/v1/accounts" })
        #expect(requests.allSatisfy { $0.header("x-api-key") == "key-1" })
        #expect(requests.allSatisfy { $0.header("x-authorization") == OPSandbox.customers[3].token })
        #expect(Set(requests.compactMap { $0.header("x-session-id") }) == [provider.sessionID])
        let requestIDs = requests.compactMap { $0.header("x-request-id") }
        #expect(requestIDs.count == 3 && Set(requestIDs).count == 3)
        #expect(await provider.lastRequestID == requestIDs.last)
        #expect(await provider.rateLimit?.remaining == 7)
        #expect(await provider.requestCount == 3)
    }

    @Test func anotherProviderHasAnotherSession() throws {
        let store = try LocalAnnotationStore(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("bt-op-\(UUID().uuidString)/a.sqlite").path)
        let configuration = OPConfiguration(apiKey: "k", token: "t", annotations: store)
        #expect(OPProvider(configuration: configuration).sessionID != OPProvider(configuration: configuration).sessionID)
        #expect(configuration.baseURL == OPSandbox.baseURL)
    }
}
