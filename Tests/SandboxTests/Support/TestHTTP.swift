import Dispatch
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

    static func send(port: Int, _ method: String, _ path: String, headers: [String: String] = [:],
                     body: [UInt8] = []) async throws -> TestResponse {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try exchange(port: port, method, path, headers: headers, body: body) })
            }.start()
        }
    }

    private static func exchange(port: Int, _ method: String, _ path: String, headers: [String: String],
                                 body: [UInt8]) throws -> TestResponse {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.socket("socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.socket("connect") }

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        let request = Array(head.utf8) + body
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break } // the server may refuse early (413) and close; read what it said
            sent += n
        }

        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            response.append(contentsOf: buffer[0..<n])
        }
        return try parse(response)
    }

    private static func parse(_ bytes: [UInt8]) throws -> TestResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0...(max(0, bytes.count - 4))).first(where: { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator })
        else { throw Failure.malformed }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed }
        var headers = [String: String]()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if let length = headers["content-length"].flatMap(Int.init), body.count > length { body = Array(body[0..<length]) }
        return TestResponse(status: status, headers: headers, body: body)
    }
}
