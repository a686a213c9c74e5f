import Foundation
import Synchronization
import Testing
@testable import BankKit

@Suite struct TransferThreadsTests {
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    private static func run(_ threads: TransferThreads, _ job: @escaping @Sendable () -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in
            threads.run { continuation.resume(returning: job()) }
        }
    }

    /// Six blocked transfers at once each need their own thread: none may wait for another to finish.
    @Test func everyTransferRunsAtOnce() async {
        let threads = TransferThreads()
        let arrived = Counter()
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    await Self.run(threads) {
                        arrived.value.add(1, ordering: .relaxed)
                        // Stands in for a stalled server: blocks until all six are in, or gives up.
                        let deadline = Date(timeIntervalSinceNow: 20)
                        while arrived.value.load(ordering: .relaxed) < 6, Date() < deadline { usleep(1_000) }
                        return arrived.value.load(ordering: .relaxed) == 6
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 6))
        #expect(threads.threadsStarted == 6)
    }

    @Test func aFinishedThreadTakesTheNextTransfer() async throws {
        // A loaded test run can starve this task for seconds; the idle thread must outlast that.
        let threads = TransferThreads(idleTimeout: 600)
        for _ in 0..<5 {
            #expect(await Self.run(threads) { true })
            // The caller is resumed from inside the job, a moment before its thread goes back to waiting.
            let deadline = ContinuousClock.now + .seconds(10)
            while threads.idleThreads == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(1)) }
        }
        #expect(threads.threadsStarted == 1)
    }
}
