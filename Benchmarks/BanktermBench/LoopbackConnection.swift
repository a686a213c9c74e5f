#if canImport(Glibc)
import Glibc
#endif

/// One keep-alive HTTP/1.1 connection to 127.0.0.1 over a blocking socket: the load generator of the sandbox
/// figures. It does as little as a client can (one write of bytes made beforehand per request, reads into one
/// reused buffer, finds only the status and Content-Length, in bytes), so that on a 2-core machine the figure is
/// the server's cost and not the client's: parsing the head as Strings made this client half as fast as the
/// server's cached answers.
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

    /// A GET of `target` (path and query) with the given header lines, each ending in CRLF.
    func request(_ target: String, headerLines: String) -> [UInt8] {
        Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headerLines)\r\n".utf8)
    }

    func get(_ target: String, headerLines: String) throws -> Int {
        try send(request(target, headerLines: headerLines))
    }

    /// Sends `request` (from `request(_:headerLines:)`) and returns the status; the body is read and dropped.
    /// Reconnects once when the server closed the idle connection.
    func send(_ request: [UInt8]) throws -> Int {
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
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
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
        let prefix = Array("HTTP/1.1 ".utf8)
        guard head.count >= 12, head.starts(with: prefix),
              let status = number(head.dropFirst(prefix.count).prefix(3)) else { throw Failure(description: "bad status line") }
        let name = Array("content-length:".utf8)
        var line = head.startIndex
        while let end = head[line...].firstIndex(of: 10) {
            let next = end + 1
            // ASCII letters compare case-insensitively with their 0x20 bit set; ':' and '-' already have it.
            if next + name.count <= head.endIndex, zip(head[next..<(next + name.count)], name).allSatisfy({ $0 | 0x20 == $1 }) {
                let value = head[(next + name.count)...].drop { $0 == 32 || $0 == 9 }.prefix { $0 >= 48 && $0 <= 57 }
                return (status, number(value) ?? 0)
            }
            line = next
        }
        return (status, 0)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
