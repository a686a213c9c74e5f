import CCurl
import Foundation
import Synchronization

/// What one transfer collects through its C callbacks, on the `CurlLoop` thread; `cancel()` may come from any
/// thread, hence the atomic, and the loop drops a cancelled transfer when it next looks.
final class CurlExchange: @unchecked Sendable {
    private(set) var body = Data()
    private(set) var headers = HTTPHeaders()
    private(set) var bodyTooLarge = false
    private let maxBodyBytes: Int
    private let cancelled = Atomic<Bool>(false)

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// False aborts the transfer: the cap protects memory from a hostile or broken server.
    func appendBody(_ bytes: UnsafePointer<CChar>, count: Int) -> Bool {
        guard body.count + count <= maxBodyBytes else {
            bodyTooLarge = true
            return false
        }
        bytes.withMemoryRebound(to: UInt8.self, capacity: count) { body.append($0, count: count) }
        return true
    }

    /// Read as bytes: trimming through Foundation's character sets cost more than the rest of a page's request.
    func appendHeaderLine(_ bytes: UnsafePointer<CChar>, count: Int) {
        let line = UnsafeRawBufferPointer(start: bytes, count: count)
        // A new status line starts a new response (after 100 Continue or a proxy's CONNECT): drop what came before.
        if line.starts(with: "HTTP/".utf8) {
            headers = HTTPHeaders()
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = Self.trimmed(line[..<colon])
        let value = Self.trimmed(line[(colon + 1)...])
        if !name.isEmpty { headers[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self) }
    }

    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Slice<UnsafeRawBufferPointer> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> CurlExchange? {
        pointer.map { Unmanaged<CurlExchange>.fromOpaque($0).takeUnretainedValue() }
    }
}

/// C callbacks cannot capture context; they find their exchange through curl's user-data pointer.
enum CurlCallbacks {
    static let write: bt_curl_data_callback = { data, size, count, user in
        let total = size * count
        guard let data, let exchange = CurlExchange.from(user) else { return 0 }
        return exchange.appendBody(data, count: total) ? total : 0
    }

    static let header: bt_curl_data_callback = { data, size, count, user in
        let total = size * count
        guard let data, let exchange = CurlExchange.from(user) else { return 0 }
        exchange.appendHeaderLine(data, count: total)
        return total
    }
}
