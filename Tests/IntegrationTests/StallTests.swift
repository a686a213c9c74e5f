@testable import BankKit
import BrowserModel
import Foundation
import Synchronization
import Testing
import TestSupport

/// A server that sends its headers and then stalls, or trickles a byte now and then, is abandoned by the low-speed
/// limit as "stalled" instead of holding each attempt for the whole timeout; retries stay inside the retry budget;
/// the browser says "stalled, retrying (2/3)" meanwhile and keeps what it showed. The stall time is one or two
/// seconds here, where profiles default to 15.
@Suite struct StallTests {
    static let banksJSON = #"{"banks":[{"id":"b1","short_name":"First","full_name":"First Bank","logo":"","website":""}]}"#

    /// Headers promising 500 bytes, then a byte every minute: a stall mid-body.
    static let stalled = ScriptedHTTPServer.Reply.trickle(body: String(repeating: " ", count: 500), every: .seconds(60))

    static func transport(stallSeconds: Int = 1) -> HTTPTransportConfiguration {
        HTTPTransportConfiguration(connectTimeout: 5, totalTimeout: 60, lowSpeedLimit: 1, lowSpeedTime: stallSeconds)
    }

    @Test func headersThenSilenceIsAbandonedAsStalled() async throws {
        let server = try ScriptedHTTPServer { _, _ in StallTests.stalled }
        defer { server.stop() }
        let started = ContinuousClock.now
        let error = await #expect(throws: BankError.self) {
            _ = try await HTTPTransport(configuration: StallTests.transport()).send(HTTPRequest(url: server.baseURL + "/x"))
        }
        let elapsed = ContinuousClock.now - started
        #expect(error?.isStall == true, "\(String(describing: error))")
        #expect(error?.userMessage.contains("stalled: less than 1 byte/s for 1 s") == true)
        // The message is the low-speed limit's, not the total timeout's (which says "timed out"); the clock only
        // checks it came first, loosely, since a loaded machine queues transfers.
        #expect(error?.userMessage.contains("timed out") == false)
        #expect(elapsed < .seconds(60), "abandoned before the 60 s timeout: \(elapsed)")
    }

    /// One byte every 2 s is below 1 byte/s: abandoned after the stall time, although bytes keep coming and the
    /// whole body would take over eight minutes.
    @Test func aTrickleOfOneByteEveryTwoSecondsIsAbandoned() async throws {
        let server = try ScriptedHTTPServer { _, _ in .trickle(body: String(repeating: "x", count: 250), every: .seconds(2)) }
        defer { server.stop() }
        let started = ContinuousClock.now
        let error = await #expect(throws: BankError.self) {
            _ = try await HTTPTransport(configuration: StallTests.transport(stallSeconds: 2))
                .send(HTTPRequest(url: server.baseURL + "/x"))
        }
        #expect(error?.isStall == true, "\(String(describing: error))")
        #expect(ContinuousClock.now - started < .seconds(60), "before the 60 s timeout")
    }

    /// A trickle faster than the limit is slow, not stalled: it completes.
    @Test func aSlowButSteadyBodyCompletes() async throws {
        let server = try ScriptedHTTPServer { _, _ in .trickle(body: "{\"ok\":1}", every: .milliseconds(150)) }
        defer { server.stop() }
        let response = try await HTTPTransport(configuration: StallTests.transport()).send(HTTPRequest(url: server.baseURL + "/x"))
        #expect(response.status == 200 && String(decoding: response.body, as: UTF8.self) == "{\"ok\":1}")
    }

    @Test func withoutABudgetEveryAttemptIsMadeAndEachRetryIsReported() async throws {
        let server = try ScriptedHTTPServer { _, _ in StallTests.stalled }
        defer { server.stop() }
        let provider = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, token: "t",
                                                                   transport: StallTests.transport(), retryDelay: 0.01))
        let notices = Mutex<[String]>([])
        let error = await #expect(throws: BankError.self) {
            try await RetryReporting.$observer.withValue({ notice in notices.withLock { $0.append(notice.text) } }) {
                _ = try await provider.banks()
            }
        }
        #expect(error?.isStall == true)
        #expect(server.requests.count == 3)
        #expect(notices.withLock { $0 } == ["stalled, retrying (2/3)", "stalled, retrying (3/3)"])
    }

    /// The budget bounds the whole: failed attempts and the waits between them. What would take three stall times
    /// and more stops inside the budget, saying why.
    @Test func theRetryBudgetBoundsAStalledServer() async throws {
        let server = try ScriptedHTTPServer { _, _ in StallTests.stalled }
        defer { server.stop() }
        let provider = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, token: "t", transport: StallTests.transport(stallSeconds: 2), retryDelay: 0.01,
            retryBudget: 4))
        let started = ContinuousClock.now
        let error = await #expect(throws: BankError.self) { _ = try await provider.banks() }
        #expect(error?.userMessage.contains("gave up after") == true, "\(String(describing: error))")
        #expect(error?.isStall == true)
        #expect(server.requests.count < 3, "the budget left no room for the third attempt")
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    /// On a loaded machine the first stall may take most of the budget, and the retry is then cut short by what is
    /// left: that retry's "timed out" is the budget's doing, so the stall before it is what is reported.
    @Test func aRetryEndedByTheBudgetReportsTheFailureBeforeIt() {
        let stall = BankError.stalled(host: "h", limit: 1, seconds: 2)
        let timeout = BankError(kind: .network, message: "h timed out after 1 s")
        var budget = RetryBudget(limit: 4)
        #expect(budget.failure(stall, since: .now - .seconds(3), previous: nil) == stall)
        #expect(budget.failure(timeout, since: .now - .seconds(1), previous: stall) == stall)
        var roomy = RetryBudget(limit: 40)
        #expect(roomy.failure(timeout, since: .now - .seconds(1), previous: stall) == timeout,
                "a retry that failed on its own, with budget left, is its own cause")
    }

    /// A server that never answers at all, with the low-speed check off: the budget caps the attempt's own timeout.
    @Test func theRetryBudgetCapsAnAttemptsTimeout() async throws {
        let server = try ScriptedHTTPServer { _, _ in .stall }
        defer { server.stop() }
        let provider = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, token: "t",
            transport: HTTPTransportConfiguration(totalTimeout: 60, lowSpeedLimit: 0), retryBudget: 2))
        let error = await #expect(throws: BankError.self) { _ = try await provider.banks() }
        // curl says how long the attempt ran: the budget's 2 s, not the transport's 60.
        #expect(error?.userMessage.contains("timed out after 2") == true, "\(String(describing: error))")
        #expect(server.requests.count == 1)
    }

    /// The browser: the banks it showed stay; while the reload is tried again the status bar says so.
    @Test func theBrowserSaysStalledRetryingAndKeepsTheBanks() async throws {
        let failing = Mutex(false)
        let server = try ScriptedHTTPServer { request, _ in
            if failing.withLock({ $0 }) { return StallTests.stalled }
            return .http(status: 200, headers: [("Content-Type", "application/json")],
                         body: request.target.contains("/banks") ? StallTests.banksJSON
                            : #"{"user_id":"u1","username":"robert","email":"r@example.com","provider":"obp"}"#)
        }
        defer { server.stop() }
        let provider = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, token: "t",
                                                                   transport: StallTests.transport(), retryDelay: 0.01))
        let store = Store(state: AppState(provider: provider), provider: provider, draftStore: nil, wake: {})
        store.send(.start)
        try await store.settle(timeout: .seconds(60))
        #expect(store.state.banks.items.map(\.id) == ["b1"])

        failing.withLock { $0 = true }
        store.send(.reload)
        var shown: [String] = []
        try await store.settle(timeout: .seconds(60)) { state in
            if let retrying = state.status.retrying, shown.last != retrying { shown.append(retrying) }
            #expect(state.banks.items.map(\.id) == ["b1"], "the last good banks stay while it retries")
        }
        #expect(shown == ["stalled, retrying (2/3)", "stalled, retrying (3/3)"])
        #expect(store.state.status.retrying == nil)
        #expect(store.state.status.error?.contains("stalled") == true, "\(store.state.status.error ?? "no error")")
        #expect(store.state.banks.items.map(\.id) == ["b1"])
    }
}
