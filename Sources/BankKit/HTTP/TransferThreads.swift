import Foundation

/// The threads blocking libcurl transfers run on. Every transfer gets a thread of its own at once, so one stalled
/// server never holds up another request (libdispatch runs only about one block per core); but a thread whose
/// transfer is done waits a while for the next one instead of exiting, because creating a thread per request was
/// a measurable part of paging through a long account.
final class TransferThreads: @unchecked Sendable {
    static let shared = TransferThreads()

    /// Guards everything below.
    private let condition = NSCondition()
    private var queue: [@Sendable () -> Void] = []
    private var idle = 0
    private var started = 0
    private let idleTimeout: TimeInterval

    init(idleTimeout: TimeInterval = 10) {
        self.idleTimeout = idleTimeout
    }

    /// Threads started so far, for tests.
    var threadsStarted: Int {
        condition.lock()
        defer { condition.unlock() }
        return started
    }

    /// Threads waiting for a transfer, for tests.
    var idleThreads: Int {
        condition.lock()
        defer { condition.unlock() }
        return idle
    }

    /// Runs `job` on a waiting thread, or on a new one when every thread is busy.
    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        // Each queued job is already promised to one idle thread; only a spare idle thread may take this one.
        if idle > queue.count {
            queue.append(job)
            condition.signal()
            condition.unlock()
            return
        }
        started += 1
        condition.unlock()
        let thread = Thread { [self] in
            var next: (@Sendable () -> Void)? = job
            while let current = next {
                current()
                next = waitForJob()
            }
        }
        thread.name = "bankterm.http"
        thread.start()
    }

    /// The next queued job, or nil once none came for `idleTimeout` (the thread then ends).
    private func waitForJob() -> (@Sendable () -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        idle += 1
        defer { idle -= 1 }
        let deadline = Date(timeIntervalSinceNow: idleTimeout)
        while queue.isEmpty {
            // A job queued just as the wait timed out still counts on this thread.
            if !condition.wait(until: deadline), queue.isEmpty { return nil }
        }
        return queue.removeFirst()
    }
}
