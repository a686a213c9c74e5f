import Foundation
import Testing
import TestSupport
@testable import BankKit

/// Every transfer shares one thread (`CurlLoop`); none may wait on another, and work that runs on that thread
/// may itself wait on transfers.
@Suite struct CurlLoopTests {
    /// A server that never answers must not hold up a request to another one.
    @Test(.timeLimit(.minutes(1))) func aStalledTransferHoldsUpNoOther() async throws {
        let stalled = try ScriptedHTTPServer { _, _ in .stall }
        defer { stalled.stop() }
        let answering = try ScriptedHTTPServer { _, _ in .http(status: 200, body: "{}") }
        defer { answering.stop() }
        let transport = HTTPTransport()
        let waiting = Task { try await transport.send(HTTPRequest(url: stalled.baseURL + "/")) }
        while stalled.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        for _ in 0..<3 {
            #expect(try await transport.send(HTTPRequest(url: answering.baseURL + "/")).status == 200)
        }
        // Cancelled, the stalled transfer ends at once rather than at its timeout (a minute).
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
    }

    /// A task that prefers the transfer thread (the `--all` walk) sends requests, many at once, and waits for them
    /// there: the thread runs the task and its transfers in turn.
    @Test(.timeLimit(.minutes(1))) func workOnTheTransferThreadCanWaitForTransfers() async throws {
        let server = try ScriptedHTTPServer { request, _ in .http(status: 200, body: request.target) }
        defer { server.stop() }
        let transport = HTTPTransport()
        let bodies = try await Task(executorPreference: HTTPTransport.executor) {
            try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        let response = try await transport.send(HTTPRequest(url: server.baseURL + "/\(index)"))
                        return String(decoding: response.body, as: UTF8.self)
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
        }.value
        #expect(bodies == Set((0..<12).map { "/\($0)" }))
    }
}
