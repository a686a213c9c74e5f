import BankKit
import Foundation
import Synchronization

/// A bounded load loop on loopback: `clients` concurrent clients, each sending transaction-page requests one
/// after another (keep-alive, libcurl) for `duration`, over the first pages of the bench account.
struct SandboxLoad {
    let sandbox: BenchSandbox
    let clients: Int
    let duration: Duration
    let limit = 50

    /// Requests per second that got a 200, and the requests that did not.
    func run() async throws -> (perSecond: Double, failures: Int) {
        let tally = Tally()
        let deadline = ContinuousClock.now + duration
        let started = ContinuousClock.now
        let headers = [HTTPHeader("DirectLogin", "token=\(sandbox.token)"), HTTPHeader("obp_limit", String(limit))]
        let (url, transport) = (sandbox.transactionsURL, sandbox.transport)
        await withTaskGroup(of: Void.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var page = client
                    while ContinuousClock.now < deadline {
                        let offset = HTTPHeader("obp_offset", String((page % 100) * 50))
                        let status = (try? await transport.send(HTTPRequest(url: url, headers: headers + [offset])))?.status
                        if status == 200 {
                            tally.ok.add(1, ordering: .relaxed)
                        } else {
                            tally.failed.add(1, ordering: .relaxed)
                        }
                        page += clients
                    }
                }
            }
        }
        let seconds = (ContinuousClock.now - started).seconds
        return (Double(tally.ok.load(ordering: .relaxed)) / seconds, tally.failed.load(ordering: .relaxed))
    }
}

/// Answers counted across the clients.
private final class Tally: Sendable {
    let ok = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
}
