import Foundation

/// Where `transactions --all` sends its pages, and its progress line. The walk runs on the HTTP thread, which must
/// not block: a reader that pauses (`| less`), or a terminal stopped with Ctrl-S, would hold every transfer in
/// flight until curl gave up on them as timed out. Output that cannot block (a regular file or /dev/null, with no
/// progress line) is written directly; otherwise a thread of the writer's own writes everything, stdout and
/// stderr in the order given, and the walk waits, suspended rather than blocked, while more than two writes are
/// queued.
final class OutputWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let progressDescriptor: Int32
    private let direct: Bool
    /// Guards what follows.
    private let condition = NSCondition()
    /// Bytes not yet written, and where to.
    private var queue: [(descriptor: Int32, bytes: [UInt8])] = []
    /// The walk, waiting for room in the queue.
    private var waitingForRoom: CheckedContinuation<Void, Never>?
    /// `finish()`, waiting for the queue to empty.
    private var waitingForEmpty: CheckedContinuation<Void, Never>?
    /// Set by `finish()`: the thread ends once the queue is empty.
    private var finishing = false
    private static let queued = 2

    /// `progress`: whether a progress line goes to stderr, which is then a terminal that can block too.
    init(descriptor: Int32 = STDOUT_FILENO, progress: Bool = false, progressDescriptor: Int32 = STDERR_FILENO) {
        self.descriptor = descriptor
        self.progressDescriptor = progressDescriptor
        direct = !progress && Self.neverBlocks(descriptor)
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
        write(bytes, to: descriptor)
    }

    /// A progress line's text on stderr, in order with the output.
    func progress(_ text: String) {
        Array(text.utf8).withUnsafeBytes { write($0, to: progressDescriptor) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to target: Int32) {
        guard !direct else { return TerminalIO.writeOutput(raw: bytes, to: target) }
        let chunk = Array(bytes)
        condition.lock()
        queue.append((target, chunk))
        condition.unlock()
        condition.signal()
    }

    /// Returns once no more than two writes are queued: how the walk keeps pace with a slow reader.
    func room() async {
        guard !direct else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            let full = queue.count > Self.queued
            if full { waitingForRoom = continuation }
            condition.unlock()
            if !full { continuation.resume() }
        }
    }

    /// Returns once every byte given to `write` is written; the writer's thread then ends.
    func finish() async {
        guard !direct else { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            finishing = true
            let empty = queue.isEmpty
            if !empty { waitingForEmpty = continuation }
            condition.unlock()
            condition.signal()
            if empty { continuation.resume() }
        }
    }

    private func drain() {
        while true {
            condition.lock()
            while queue.isEmpty && !finishing { condition.wait() }
            guard let (target, chunk) = queue.first else {
                condition.unlock()
                return
            }
            condition.unlock()
            chunk.withUnsafeBytes { TerminalIO.writeOutput(raw: $0, to: target) }
            condition.lock()
            queue.removeFirst()
            let room = queue.count <= Self.queued ? waitingForRoom : nil
            if room != nil { waitingForRoom = nil }
            let empty = queue.isEmpty ? waitingForEmpty : nil
            if empty != nil { waitingForEmpty = nil }
            condition.unlock()
            room?.resume()
            empty?.resume()
        }
    }
}
