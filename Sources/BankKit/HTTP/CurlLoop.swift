import CCurl
import Foundation
import Synchronization

/// The one thread every HTTP transfer runs on, through libcurl's multi interface, as curl's own `--parallel`
/// does: transfers in flight share it, and a stalled server holds up no other request. It is also a task
/// executor, so that work which mostly waits on transfers (`transactions --all`, decoding each page as it arrives)
/// can run on it: a page then goes from socket to output without waking another thread, where a thread per
/// transfer and the concurrency pool cost several context switches a page, each one dearer than the page's JSON.
final class CurlLoop: TaskExecutor, @unchecked Sendable {
    static let shared = CurlLoop()

    /// What other threads hand the loop; `sleeping` says whether it waits in `curl_multi_poll` and needs a wakeup.
    private struct Inbox {
        var jobs: [UnownedJob] = []
        var transfers: [CurlTransfer] = []
        var checkCancellations = false
        var sleeping = false

        var isEmpty: Bool { jobs.isEmpty && transfers.isEmpty && !checkCancellations }
    }

    private let inbox = Mutex(Inbox())
    private let multi: UnsafeMutableRawPointer
    /// The loop thread's own: transfers in flight by their easy handle.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    private init() {
        HTTPTransport.initializeCurl()
        guard let multi = curl_multi_init() else { fatalError("libcurl cannot make a multi handle") }
        self.multi = multi
        // Named from inside: Foundation names a thread only when it is the current one (for `top -H`, `perf`).
        Thread { [self] in
            Thread.current.name = "bankterm.http"
            run()
        }.start()
    }

    /// Starts `transfer`, whose handle is configured; it ends with its `finish`.
    func start(_ transfer: CurlTransfer) {
        post { $0.transfers.append(transfer) }
    }

    /// Makes the loop look at its transfers' cancellation flags now rather than at the next network event.
    func checkCancellations() {
        post { $0.checkCancellations = true }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        post { $0.jobs.append(job) }
    }

    private func post(_ change: (inout Inbox) -> Void) {
        let wake = inbox.withLock { inbox in
            change(&inbox)
            defer { inbox.sleeping = false }
            return inbox.sleeping
        }
        if wake { curl_multi_wakeup(multi) }
    }

    private func run() {
        var work = Inbox()
        while true {
            inbox.withLock { inbox in
                swap(&work, &inbox)
                inbox.sleeping = work.isEmpty
            }
            if work.isEmpty {
                // Returns on socket activity, on curl's own timers (timeouts, the low-speed check), which cut the
                // wait short, or on a wakeup: the minute is only a bound, and an idle browser wakes for nothing.
                let polled = curl_multi_poll(multi, nil, 0, 60_000, nil)
                inbox.withLock { $0.sleeping = false }
                if polled != CURLM_OK { failAll(polled) }
            }
            for job in work.jobs { job.runSynchronously(on: asUnownedTaskExecutor()) }
            for transfer in work.transfers { add(transfer) }
            if work.checkCancellations || !work.transfers.isEmpty { dropCancelled() }
            work.jobs.removeAll(keepingCapacity: true)
            work.transfers.removeAll(keepingCapacity: true)
            work.checkCancellations = false
            var running: Int32 = 0
            let performed = curl_multi_perform(multi, &running)
            if performed != CURLM_OK { failAll(performed) }
            finishDone()
        }
    }

    private func add(_ transfer: CurlTransfer) {
        if transfer.exchange.isCancelled { return transfer.finish(code: nil) }
        let result = curl_multi_add_handle(multi, transfer.handle)
        guard result == CURLM_OK else { return transfer.finish(code: CURLE_FAILED_INIT) }
        active[transfer.handle] = transfer
    }

    private func dropCancelled() {
        for (handle, transfer) in active where transfer.exchange.isCancelled {
            curl_multi_remove_handle(multi, handle)
            active[handle] = nil
            transfer.finish(code: nil)
        }
    }

    /// The multi handle itself failed (its poll cannot work): every transfer in flight ends with the reason, where
    /// they would otherwise wait for timers that no longer run, and the loop pauses instead of spinning on it.
    private func failAll(_ code: CURLMcode) {
        let reason = String(cString: curl_multi_strerror(code))
        for (handle, transfer) in active {
            curl_multi_remove_handle(multi, handle)
            transfer.fail(BankError(kind: .network, message: "HTTP stopped working (libcurl: \(reason))"))
        }
        active.removeAll()
        usleep(10_000)
    }

    private func finishDone() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                  let transfer = active.removeValue(forKey: handle) else { continue }
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, handle)
            transfer.finish(code: code)
        }
    }
}
