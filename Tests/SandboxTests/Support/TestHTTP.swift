import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, so tests see exactly what the server sends (no caching, no
/// redirects, no automatic headers). The blocking I/O runs on a thread of its own: not on Swift's cooperative
/// pool, nor on GCD's, whose threads the server's database queue needs (twenty answers blocked in `read` starved
/// it for a second each while libdispatch slowly added threads).
struct TestResponse: Sendable {
    let status: Int
    /// Lower-cased header names.
    let headers: [String: String]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) }

    func object() throws -> [String: Any] {
        guard let object = try json() as? [String: Any] else { throw TestHTTP.Failure.notAnObject(text) }
        return object
    }

    /// The `message` of an OBP error body.
    var obpMessage: String { ((try? object())?["message"] as? String) ?? "" }
    var obpCode: Int { ((try? object())?["code"] as? Int) ?? 0 }
}

enum TestHTTP {
    enum Failure: Error {
        case socket(String)
        case malformed
        case notAnObject(String)
    }

    /// One request on a connection of its own, with `Connection: close`.
    static func send(port: Int, _ method: String, _ path: String, headers: [String: String] = [:],
                     body: [UInt8] = []) async throws -> TestResponse {
        try await onThread {
            let connection = try TestConnection(port: port)
            try connection.write(TestConnection.request(method, path, port: port, headers: headers, body: body, close: true))
            return try connection.readResponse()
        }
    }

    /// Runs blocking socket work on a thread of its own.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// A blocking HTTP/1.1 connection to the sandbox on 127.0.0.1, kept open across requests when they do not ask to
/// close it. Not for Swift's cooperative pool: run it through `TestHTTP.onThread`.
final class TestConnection: @unchecked Sendable {
    private let fd: Int32
    /// Bytes read past the response last returned: the start of the next one, from a pipelined request.
    private var unread = [UInt8]()

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestHTTP.Failure.socket("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw TestHTTP.Failure.socket("connect")
        }
        // A response that never comes fails the test instead of hanging the suite.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    static func request(_ method: String, _ path: String, port: Int, headers: [String: String] = [:],
                        body: [UInt8] = [], close: Bool = false) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        if close { head += "Connection: close\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return } // the server may refuse early (413) and close; read what it said
            sent += n
        }
    }

    /// The next response: as long as its `Content-Length` says, else up to the end of the connection.
    func readResponse() throws -> TestResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        var bytes = unread
        func headEnd() -> Int? {
            bytes.count < 4 ? nil : (0...(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == separator }
        }
        while headEnd() == nil, try receive(into: &bytes) {}
        guard let end = headEnd() else { throw TestHTTP.Failure.malformed }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestHTTP.Failure.malformed }
        var headers = [String: String]()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        // A 304 or a 204 has no body, whatever its headers say.
        let length = status == 304 || status == 204 ? 0 : headers["content-length"].flatMap(Int.init)
        while bytes.count < end + 4 + (length ?? Int.max), try receive(into: &bytes) {}
        let bodyEnd = min(bytes.count, end + 4 + (length ?? Int.max))
        unread = Array(bytes[bodyEnd...])
        return TestResponse(status: status, headers: headers, body: Array(bytes[(end + 4)..<bodyEnd]))
    }

    /// Appends what arrives; false at the end of the connection.
    private func receive(into bytes: inout [UInt8]) throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN || errno == EWOULDBLOCK { throw TestHTTP.Failure.socket("no response in 10 s") }
            guard n > 0 else { return false }
            bytes.append(contentsOf: buffer[0..<n])
            return true
        }
    }
}
