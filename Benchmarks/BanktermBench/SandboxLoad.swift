import Foundation
import Synchronization

/// Transaction-page load on a sandbox in its own process, from threads of this one, each with one keep-alive
/// connection (`LoopbackConnection`): the server's figures without the client's work in its process.
struct SandboxLoad {
    /// Which pages the clients ask for.
    enum Pages {
        /// The first 100 pages, over and over: after the first round the server answers from its response cache.
        case cached
        /// Every page of the 100,000-transaction account in turn (2,000 distinct pages against a cache of 256
        /// entries), so every answer is read from the database and rendered.
        case everyDepth

        var offsets: [Int] {
            switch self {
            case .cached: Array(stride(from: 0, to: 100 * SandboxLoad.limit, by: SandboxLoad.limit))
            case .everyDepth: Array(stride(from: 0, to: BenchSandbox.accountTransactions, by: SandboxLoad.limit))
            }
        }
    }

    static let limit = 50

    let port: Int
    let token: String

    private var headerLines: String { "DirectLogin: token=\(token)\r\n" }

    private func target(offset: Int, extra: String = "") -> String {
        "\(BenchSandbox.transactionsPath)?limit=\(Self.limit)&offset=\(offset)\(extra)"
    }

    /// Requests per second answered 200 by `clients` concurrent clients over `duration`, how many that was, and the
    /// requests that were not. The clients start spread over the pages, so no two ask for the same page at once.
    func throughput(_ pages: Pages, clients: Int, duration: Duration) async -> Throughput {
        await throughput(targets: pages.offsets.map { target(offset: $0) }, clients: clients, duration: duration)
    }

    /// The smallest answer the server gives (API root, about 560 bytes, no database): what a request costs in the HTTP
    /// stack alone, the bound of every page figure.
    static let floorTarget = "/obp/v5.1.0/root"

    struct Throughput {
        var perSecond: Double
        var answered: Int
        var failures: Int
    }

    /// Requests per second answered 200 for `targets`, asked in turn by each of `clients`.
    func throughput(targets: [String], clients: Int, duration: Duration) async -> Throughput {
        let tally = Tally()
        let (port, headerLines) = (port, headerLines)
        let deadline = ContinuousClock.now + duration
        let started = ContinuousClock.now
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let group = DispatchGroup()
            for client in 0..<clients {
                group.enter()
                Thread {
                    let connection = LoopbackConnection(port: port)
                    let requests = targets.map { connection.request($0, headerLines: headerLines) }
                    var index = client * targets.count / clients
                    while ContinuousClock.now < deadline {
                        if (try? connection.send(requests[index % requests.count])) == 200 {
                            tally.ok.add(1, ordering: .relaxed)
                        } else {
                            tally.failed.add(1, ordering: .relaxed)
                        }
                        index += 1
                    }
                    group.leave()
                }.start()
            }
            group.notify(queue: .global()) { done.resume() }
        }
        let seconds = (ContinuousClock.now - started).seconds
        let answered = tally.ok.load(ordering: .relaxed)
        return Throughput(perSecond: Double(answered) / seconds, answered: answered,
                          failures: tally.failed.load(ordering: .relaxed))
    }

    /// Asks once for every page of `pages`, so that the cached figure starts with a full cache.
    func warm(_ pages: Pages) throws {
        let connection = LoopbackConnection(port: port)
        for offset in pages.offsets {
            let status = try connection.get(target(offset: offset), headerLines: headerLines)
            guard status == 200 else { throw BenchFailure("page at \(offset): HTTP \(status)") }
        }
    }

    /// The median time of `samples` requests, one at a time, for the page at `offset`. A query parameter the
    /// server ignores makes each URL new to the response cache, so every sample is read and rendered.
    func latency(offset: Int, samples: Int) throws -> Double {
        let connection = LoopbackConnection(port: port)
        let run = UUID().uuidString.prefix(8)
        var times: [Double] = []
        for sample in 0..<samples {
            let target = target(offset: offset, extra: "&bench=\(run)-\(sample)")
            var status = 0
            times.append(try Stopwatch.seconds { status = try connection.get(target, headerLines: headerLines) })
            guard status == 200 else { throw BenchFailure("page at \(offset): HTTP \(status)") }
        }
        return Stopwatch.median(times)
    }
}

/// Answers counted across the clients.
private final class Tally: Sendable {
    let ok = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
}
