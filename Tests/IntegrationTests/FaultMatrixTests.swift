import BankKit
import BrowserModel
import Foundation
import Synchronization
import Testing
import TestSupport

/// The fault matrix (issue 5, item 2): the browser's Store against a scripted server that first answers well, then
/// fails in one way. After `r`, the status line must be one line that names the fault (and what to do when the user
/// can do something), and the banks loaded before must still be on screen.
@Suite struct FaultMatrixTests {
    enum Fault: String, CaseIterable, Sendable {
        case refused, stall, truncated, http500, http500OBP, http502, http503, expired, forbidden, notFound
        case rateLimited, html, malformed, huge, wrongTypes
    }

    static let banksJSON = """
    {"banks":[{"id":"b1","short_name":"First","full_name":"First Bank","logo":"","website":"","bank_routings":[]},
    {"id":"b2","short_name":"Second","full_name":"Second Bank","logo":"","website":"","bank_routings":[]}]}
    """

    static func reply(for fault: Fault) -> ScriptedHTTPServer.Reply {
        let json = [("Content-Type", "application/json")]
        switch fault {
        case .refused: return .stall
        case .stall: return .stall
        case .truncated:
            return .raw(Data("HTTP/1.1 200 OK\r\nContent-Length: 500\r\nContent-Type: application/json\r\n\r\n{\"banks\":[{\"id\"".utf8))
        case .http500: return .http(status: 500, body: "Internal Server Error")
        case .http500OBP:
            return .http(status: 500, headers: json, body: #"{"code":500,"message":"OBP-50000: Unknown Error."}"#)
        case .http502: return .http(status: 502, headers: [("Content-Type", "text/html")], body: "<html><body>Bad Gateway</body></html>")
        case .http503: return .http(status: 503, body: "")
        case .expired:
            return .http(status: 401, headers: json, body: #"{"code":401,"message":"OBP-20001: User not logged in. Authentication is required!"}"#)
        case .forbidden:
            return .http(status: 403, headers: json,
                         body: #"{"code":403,"message":"OBP-20006: User is missing one or more roles: CanGetAnyUser"}"#)
        case .notFound:
            return .http(status: 404, headers: json, body: #"{"code":404,"message":"OBP-30001: Bank not found. Please specify a valid value for BANK_ID."}"#)
        case .rateLimited:
            return .http(status: 429, headers: json + [("X-Rate-Limit-Reset", "3600"), ("X-Rate-Limit-Limit", "10"),
                                                       ("X-Rate-Limit-Remaining", "0")],
                         body: #"{"code":429,"message":"OBP-10018: Too Many Requests.We only allow 10 requests per minute for this Consumer."}"#)
        case .html:
            return .http(status: 200, headers: [("Content-Type", "text/html")],
                         body: "<!DOCTYPE html><html><head><title>Captive portal</title></head><body>Log in to Wi-Fi</body></html>")
        case .malformed: return .http(status: 200, headers: json, body: #"{"banks":[{"id":"b1",,}"#)
        case .huge:
            return .http(status: 200, headers: json, body: hugeBody)
        case .wrongTypes: return .http(status: 200, headers: json, body: #"{"banks":{"id":7,"short_name":[1,2]}}"#)
        }
    }

    /// Made once: building 20 MB per request took seconds of a loaded debug run, and ran into the timeout.
    static let hugeBody = "{\"banks\":[" + String(repeating: " ", count: 20 << 20) + "]}"

    /// What each fault's line must mention (a quoted start of a body is fine: the status bar sanitises it), so the user knows what happened (and, where they can, what to do).
    static func expectedWords(_ fault: Fault) -> [String] {
        switch fault {
        case .refused: return ["refused"]
        case .stall: return ["timed out"]
        case .truncated: return ["broke mid-response"]
        case .http500, .http503: return ["\(fault == .http500 ? 500 : 503)"]
        case .http500OBP: return ["OBP-50000"]
        case .http502: return ["502"]
        case .expired: return ["OBP-20001", "bankterm login"]
        case .forbidden: return ["CanGetAnyUser"]
        case .notFound: return ["OBP-30001"]
        case .rateLimited: return ["OBP-10018", "retry in"]
        case .html, .malformed: return ["did not send valid JSON"]
        case .wrongTypes: return ["no \"banks\" list"]
        case .huge: return ["larger than 16 MB"]
        }
    }

    @Test(arguments: Fault.allCases)
    func aFaultLeavesOneLineAndTheLastGoodData(fault: Fault) async throws {
        let failing = Mutex(false)
        let server = try ScriptedHTTPServer { request, _ in
            if failing.withLock({ $0 }) { return FaultMatrixTests.reply(for: fault) }
            if request.target.contains("/banks") {
                return .http(status: 200, headers: [("Content-Type", "application/json")], body: FaultMatrixTests.banksJSON)
            }
            return .http(status: 200, headers: [("Content-Type", "application/json")],
                         body: #"{"user_id":"u1","username":"robert","email":"r@example.com","provider":"obp"}"#)
        }
        defer { server.stop() }
        var baseURL = server.baseURL
        if fault == .refused {
            // A port that was just free: nothing listens there.
            let closed = try ScriptedHTTPServer { _, _ in .stall }
            closed.stop()
            baseURL = closed.baseURL
        }
        let provider = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, token: "test-token",
            // Only the stall needs a short timeout; the others must not hit it on a loaded machine.
            transport: HTTPTransportConfiguration(connectTimeout: 2, totalTimeout: fault == .stall ? 2 : 30),
            retryDelay: 0.01))
        let store = Store(state: AppState(provider: provider), provider: provider, draftStore: nil, wake: {})
        store.send(.start)
        try await store.settle(timeout: .seconds(150))
        #expect(store.state.banks.items.map(\.id) == ["b1", "b2"])

        failing.withLock { $0 = true }
        if fault == .refused {
            // Point a second store at the dead port, then reload the first: the dead port gives the line.
            let dead = OBPProvider(configuration: OBPConfiguration(baseURL: baseURL, token: "test-token"))
            let deadStore = Store(state: AppState(provider: dead), provider: dead, draftStore: nil, wake: {})
            deadStore.send(.start)
            try await deadStore.settle(timeout: .seconds(150))
            try FaultMatrixTests.check(deadStore.state.status.error, fault: fault)
            return
        }
        store.send(.reload)
        try await store.settle(timeout: .seconds(150))
        try FaultMatrixTests.check(store.state.status.error, fault: fault)
        #expect(store.state.banks.items.map(\.id) == ["b1", "b2"], "the last good banks are still shown")
    }

    /// A server that always sends a full page of new transactions: `--all` stops at its page bound with a clear
    /// error instead of fetching forever.
    @Test func aPageThatNeverEndsStopsAtThePageBound() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            let query = URLComponents(string: request.target)?.queryItems ?? []
            let offset = query.first { $0.name == "offset" }?.value.flatMap(Int.init) ?? 0
            let limit = query.first { $0.name == "limit" }?.value.flatMap(Int.init) ?? 50
            let items = (offset..<offset + limit).map { #"{"id":"t\#($0)"}"# }.joined(separator: ",")
            return .http(status: 200, headers: [("Content-Type", "application/json")],
                         body: #"{"transactions":["# + items + "]}")
        }
        defer { server.stop() }
        let provider = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, token: "t"))
        let error = await #expect(throws: BankError.self) {
            _ = try await provider.allTransactions(AccountRef(bankID: "b", accountID: "a"), view: "owner",
                                                   from: PageRequest(limit: 10), maxPages: 7)
        }
        #expect(error?.userMessage.contains("stopped after 7 pages") == true)
        #expect(server.requests.count == 7)
    }

    static func check(_ line: String?, fault: Fault, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let line = try #require(line, "\(fault): no status line", sourceLocation: sourceLocation)
        print("fault matrix | \(fault.rawValue) | \(line)")
        #expect(!line.isEmpty, sourceLocation: sourceLocation)
        #expect(!line.contains("\n") && !line.contains("\r"), "one line: \(line.debugDescription)", sourceLocation: sourceLocation)
        #expect(line.count <= 240, "short enough to read: \(line)", sourceLocation: sourceLocation)
        for leak in ["BankError(", "Swift.", "Fatal error", "test-token", "    "] {
            #expect(!line.contains(leak), "\(fault): \(line)", sourceLocation: sourceLocation)
        }
        for word in expectedWords(fault) {
            #expect(line.contains(word), "\(fault) should mention \(word): \(line)", sourceLocation: sourceLocation)
        }
    }
}
