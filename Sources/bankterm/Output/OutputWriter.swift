import Foundation

/// Where `transactions --all` sends its pages. The walk runs on the HTTP thread, which must not block: a reader
/// that pauses (`| less`) would hold every transfer in flight until curl gave up on them as timed out. A regular
/// file or /dev/null takes bytes at once and is written directly; anything else (a pipe, a terminal, a socket)
/// gets a thread of its own, and the walk waits, suspended rather than blocked, while more than two pages are queued.
final class OutputWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let direct: Bool
    /// Guards what follows.
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    /// The walk, waiting for room in the queue.
    private var waitingForRoom: CheckedContinuation<Void, Never>?
    /// `finish()`, waiting for the queue to empty.
    private var waitingForEmpty: CheckedContinuation<Void, Never>?
    private static let queuedPages = 2

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        direct = Self.neverBlocks(descriptor)
        guard !direct else { return }
        Thread { [self] in
            Thread.current.name = "bankterm.output"
            drain()
        }.start()
    }

    /// Whether writes to `descriptor` complete without waiting on a reader: a regular file, or /dev/null.
    static func neverBlocks(_ descriptor: Int32) -> Bool {
        var target = stat()
        var null = stat()
        guard fstat(descriptor, &target) == 0 else { return false }
        if target.st_mode & S_IFMT == S_IFREG { return true }
        return target.st_mode & S_IFMT == S_IFCHR && stat("/dev/null", &null) == 0 && null.st_rdev == target.st_rdev
    }

    /// Writes `bytes` after everything before them, or queues a copy of them; never waits.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard !direct else { return TerminalIO.writeOutput(raw: bytes, to: descriptor) }
        let chunk = Array(bytes)
        condition.lock()
        queue.append(chunk)
        condition.unlock()
        condition.signal()
    }

    /// Returns once no more than two writes are queued: how the walk keeps pace with a slow reader.
    func room() async {
        guard !direct else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            let full = queue.count > Self.queuedPages
            if full { waitingForRoom = continuation }
            condition.unlock()
            if !full { continuation.resume() }
        }
    }

    /// Returns once every byte given to `write` is written.
    func finish() async {
        guard !direct else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            let empty = queue.isEmpty
            if !empty { waitingForEmpty = continuation }
            condition.unlock()
            if empty { continuation.resume() }
        }
    }

    private func drain() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let chunk = queue[0]
            condition.unlock()
            chunk.withUnsafeBytes { TerminalIO.writeOutput(raw: $0, to: descriptor) }
            condition.lock()
            queue.removeFirst()
            let room = queue.count <= Self.queuedPages ? waitingForRoom : nil
            if room != nil { waitingForRoom = nil }
            let empty = queue.isEmpty ? waitingForEmpty : nil
            if empty != nil { waitingForEmpty = nil }
            condition.unlock()
            room?.resume()
            empty?.resume()
        }
    }
}
