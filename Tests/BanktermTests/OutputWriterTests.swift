import Foundation
import Synchronization
import Testing
@testable import bankterm

/// `transactions --all` writes from the HTTP thread, which must never block on a slow reader.
@Suite struct OutputWriterTests {
    private final class Flag: Sendable {
        let value = Atomic(false)
    }

    @Test func onlyFilesAndDevNullAreWrittenDirectly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-out-\(UUID())").path
        let file = open(path, O_CREAT | O_WRONLY, 0o600)
        defer { close(file); unlink(path) }
        let null = open("/dev/null", O_WRONLY)
        defer { close(null) }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(OutputWriter.neverBlocks(file))
        #expect(OutputWriter.neverBlocks(null))
        #expect(!OutputWriter.neverBlocks(ends[1]))
    }

    /// The progress line and the output share a terminal: written by one thread in the order given, or a page
    /// would land after the progress line that the next page's clearing then wipes.
    @Test(.timeLimit(.minutes(1))) func progressAndOutputKeepTheirOrder() async throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let writer = OutputWriter(descriptor: ends[1], progress: true, progressDescriptor: ends[1])
        for page in 1...3 {
            writer.progress("<clear>")
            Array("page\(page) ".utf8).withUnsafeBytes(writer.write)
            writer.progress("<fetched \(page)>")
            await writer.room()
        }
        await writer.finish()
        close(ends[1])
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[..<count]
        }
        #expect(String(decoding: received, as: UTF8.self)
                == "<clear>page1 <fetched 1><clear>page2 <fetched 2><clear>page3 <fetched 3>")
    }

    /// A reader that has not read yet: the writer keeps what it is given, in order, and the walk is held (without
    /// a thread blocked) until the reader catches up.
    @Test(.timeLimit(.minutes(1))) func aPipeGetsEveryByteInOrderAndHoldsTheWalkWhileItsReaderWaits() async throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let writer = OutputWriter(descriptor: ends[1])
        // Each chunk is larger than a pipe holds, so the first one blocks the writer's thread until read.
        let chunks = (0..<5).map { index in [UInt8](repeating: UInt8(ascii: "a") + UInt8(index), count: 100_000) }
        for chunk in chunks { chunk.withUnsafeBytes(writer.write) }
        let roomMade = Flag()
        let waiting = Task {
            await writer.room()
            roomMade.value.store(true, ordering: .relaxed)
        }
        try await Task.sleep(for: .milliseconds(100))
        let madeBeforeReading = roomMade.value.load(ordering: .relaxed)
        #expect(!madeBeforeReading)

        let reader = Task.detached { [descriptor = ends[0]] in
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while received.count < 500_000 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                received += buffer[..<count]
            }
            return received
        }
        await waiting.value
        await writer.finish()
        close(ends[1])
        #expect(await reader.value == chunks.flatMap { $0 })
    }
}
