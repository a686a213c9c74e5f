import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One keep-alive HTTP/1.1 connection to 127.0.0.1 over a blocking socket: the load generator of the sandbox
/// figures. It does as little as a client can (one write per request, reads into one reused buffer, parses only
/// the status and Content-Length), so that on a 2-core machine the figure is the server's cost and not libcurl's.
/// Not for use from Swift's cooperative pool: every call blocks its thread.
final class LoopbackConnection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let port: Int
    private var fd: Int32 = -1
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)
    /// Bytes of `buffer` received but not consumed yet (the start of a next response never arrives early with
    /// one request in flight, but a short read can split a header).
    private var filled = 0

    init(port: Int) { self.port = port }

    deinit { if fd >= 0 { close(fd) } }

    /// GETs `target` (path and query) with the given header lines (each ending in CRLF) and returns the status;
    /// the body is read and dropped. Reconnects once when the server closed the idle connection.
    func get(_ target: String, headerLines: String) throws -> Int {
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headerLines)\r\n".utf8)
        if fd >= 0, let status = try? exchange(request) { return status }
        try reconnect()
        return try exchange(request)
    }

    private func reconnect() throws {
        if fd >= 0 { close(fd) }
        filled = 0
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var noDelay: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port): errno \(errno)") }
    }

    private func exchange(_ request: [UInt8]) throws -> Int {
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += n
        }
        var headEnd: Int?
        while true {
            if let end = Self.headEnd(buffer, filled) { headEnd = end; break }
            try receive()
        }
        guard let end = headEnd else { throw Failure(description: "no response head") }
        let (status, length) = try Self.parseHead(buffer[0..<end])
        let total = end + length
        while filled < total {
            if total > buffer.count {
                // Only the count matters: drop what is buffered and keep reading.
                let remaining = total - filled
                filled = 0
                try drain(remaining)
                return status
            }
            try receive()
        }
        buffer.withUnsafeMutableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            memmove(base, base + total, filled - total)
        }
        filled -= total
        return status
    }

    private func receive() throws {
        let n = buffer.withUnsafeMutableBytes { bytes in
            recv(fd, bytes.baseAddress! + filled, bytes.count - filled, 0)
        }
        guard n > 0 else { throw Failure(description: n == 0 ? "connection closed" : "recv: errno \(errno)") }
        filled += n
    }

    private func drain(_ count: Int) throws {
        var left = count
        while left > 0 {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, min($0.count, left), 0) }
            guard n > 0 else { throw Failure(description: "connection closed in a body") }
            left -= n
        }
    }

    /// The index just past the blank line that ends the head, if it has arrived.
    private static func headEnd(_ bytes: [UInt8], _ count: Int) -> Int? {
        guard count >= 4 else { return nil }
        for i in 0...(count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i + 4
        }
        return nil
    }

    private static func parseHead(_ head: ArraySlice<UInt8>) throws -> (status: Int, length: Int) {
        let text = String(decoding: head, as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        guard let first = lines.first, first.hasPrefix("HTTP/1.1 "),
              let status = Int(first.dropFirst(9).prefix(3)) else { throw Failure(description: "bad status line") }
        let length = lines.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
        return (status, length)
    }
}
