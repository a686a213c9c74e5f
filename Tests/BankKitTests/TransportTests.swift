import Foundation
import Testing
import TestSupport
@testable import BankKit

/// The libcurl transport against raw sockets that misbehave on purpose.
@Suite struct TransportTests {
    @Test func refusedConnectionIsANetworkError() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200) }
        let url = server.baseURL + "/"
        server.stop()
        let transport = HTTPTransport()
        await #expect {
            try await transport.send(HTTPRequest(url: url))
        } throws: { error in
            guard let error = error as? BankError else { return false }
            return error.kind == .network && error.message.contains("connection refused")
        }
    }

    // A hang would never end; the limit catches that without timing a loaded two-core machine.
    @Test(.timeLimit(.minutes(1))) func stalledServerTimesOut() async throws {
        let server = try ScriptedHTTPServer { _, _ in .stall }
        defer { server.stop() }
        let transport = HTTPTransport(configuration: HTTPTransportConfiguration(connectTimeout: 1, totalTimeout: 0.5))
        await #expect {
            try await transport.send(HTTPRequest(url: server.baseURL + "/banks"))
        } throws: { error in
            (error as? BankError)?.kind == .network && (error as? BankError)?.message.contains("timed out") == true
        }
    }

    @Test func truncatedBodyIsANetworkError() async throws {
        let server = try ScriptedHTTPServer { _, _ in
            .raw(Data("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"banks\":[".utf8))
        }
        defer { server.stop() }
        await #expect {
            try await HTTPTransport().send(HTTPRequest(url: server.baseURL + "/banks"))
        } throws: { error in
            (error as? BankError)?.kind == .network && (error as? BankError)?.message.contains("mid-response") == true
        }
    }

    @Test func oversizedBodyIsAbortedAtTheCap() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: String(repeating: "x", count: 200_000)) }
        defer { server.stop() }
        let transport = HTTPTransport(configuration: HTTPTransportConfiguration(maxBodyBytes: 64 * 1024))
        await #expect {
            try await transport.send(HTTPRequest(url: server.baseURL + "/"))
        } throws: { error in
            (error as? BankError)?.kind == .badResponse
        }
    }

    @Test func connectionIsReusedAndHeadersAreSent() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            .http(status: 200, headers: [("X-Echo-Method", request.method), ("ETag", "\"e1\"")], body: "{}")
        }
        defer { server.stop() }
        let transport = HTTPTransport()
        for _ in 0..<3 {
            let response = try await transport.send(HTTPRequest(url: server.baseURL + "/obp/v5.1.0/banks"))
            #expect(response.status == 200)
            #expect(response.headers["x-echo-method"] == "GET")
            #expect(response.headers["etag"] == "\"e1\"")
        }
        #expect(server.connectionCount == 1)
        let first = try #require(server.requests.first)
        #expect(first.header("User-Agent")?.hasPrefix("bankterm/") == true)
        #expect(first.header("Accept-Encoding")?.contains("gzip") == true)
        #expect(first.header("Expect") == nil)
    }

    /// A token pasted with a line break (or crafted with one) must not become a header of its own.
    @Test func aLineBreakInAHeaderSendsNothing() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 200, body: "{}") }
        defer { server.stop() }
        await #expect {
            try await HTTPTransport().send(HTTPRequest(url: server.baseURL + "/banks",
                                                       headers: [HTTPHeader("DirectLogin", "token=abc\r\nX-Injected: 1")]))
        } throws: { error in
            (error as? BankError)?.message == "the DirectLogin header holds a line break; nothing was sent"
        }
        #expect(server.requests.isEmpty)
    }

    @Test func methodsAndBodiesArriveAsSent() async throws {
        let server = try ScriptedHTTPServer { _, _ in .http(status: 204) }
        defer { server.stop() }
        let transport = HTTPTransport()
        let body = Data(#"{"value":"x"}"#.utf8)
        _ = try await transport.send(HTTPRequest(method: .post, url: server.baseURL + "/p", body: body))
        _ = try await transport.send(HTTPRequest(method: .put, url: server.baseURL + "/p", body: body))
        _ = try await transport.send(HTTPRequest(method: .delete, url: server.baseURL + "/p"))
        _ = try await transport.send(HTTPRequest(method: .post, url: server.baseURL + "/empty"))
        let requests = server.requests
        #expect(requests.map(\.method) == ["POST", "PUT", "DELETE", "POST"])
        #expect(requests[0].body == body && requests[1].body == body)
        #expect(requests[2].body.isEmpty && requests[3].body.isEmpty)
        #expect(requests[3].header("Content-Length") == "0")
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        let server = try ScriptedHTTPServer { _, _ in .stall }
        defer { server.stop() }
        let transport = HTTPTransport()
        let task = Task { try await transport.send(HTTPRequest(url: server.baseURL + "/")) }
        while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test func unresolvableHostIsANetworkError() async {
        let transport = HTTPTransport(configuration: HTTPTransportConfiguration(connectTimeout: 3, totalTimeout: 5))
        await #expect {
            try await transport.send(HTTPRequest(url: "http://bankterm-test.invalid/"))
        } throws: { error in
            (error as? BankError)?.kind == .network
        }
    }

    @Test func hostKeyIsSchemeAndAuthority() {
        #expect(HTTPTransport.hostKey(of: "https://a.example:8443/obp/v5.1.0/banks?x=1") == "https://a.example:8443")
        #expect(HTTPTransport.hostKey(of: "http://127.0.0.1:9") == "http://127.0.0.1:9")
        #expect(HTTPTransport.hostKey(of: "http://h.example?q=a://b") == "http://h.example")
        #expect(HTTPTransport.hostKey(of: "https://ä.example#x/y") == "https://ä.example")
        #expect(HTTPTransport.hostKey(of: "no scheme/at all") == "no scheme/at all")
        #expect(HTTPTransport.hostKey(of: "") == "")
    }
}
