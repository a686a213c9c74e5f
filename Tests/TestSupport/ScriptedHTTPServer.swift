import Foundation
import Synchronization

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for transport faults and exact wire checks that a
/// real server would not produce on demand. Each connection runs on its own thread; the handler decides, per
/// request, what bytes go back. The threads hold the server until `stop()`, which every test must call.
public final class ScriptedHTTPServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var target: String
        public var headers: [String: String]
        public var body: Data

        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    public enum Reply: Sendable {
        /// A full response; the connection stays open for the next request.
        case http(status: Int, headers: [(String, String)] = [], body: String = "")
        /// Raw bytes, then the connection closes.
        case raw(Data)
        /// Holds the connection open without answering until the client gives up (or the server stops).
        case stall
        /// A 200 whose headers promise `body`, then the body a byte at a time, one every `every` (a server that
        /// stalls mid-body when `every` is long).
        case trickle(body: String, every: Duration)
    }

    public typealias Handler = @Sendable (_ request: Request, _ index: Int) -> Reply

    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let state = Mutex<(requests: [Request], connections: Int, stopped: Bool)>(([], 0, false))

    public init(handler: @escaping Handler) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        self.handler = handler
        Thread { [self] in acceptLoop() }.start()
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }
    public var requests: [Request] { state.withLock { $0.requests } }
    public var connectionCount: Int { state.withLock { $0.connections } }

    public func stop() {
        let wasStopped = state.withLock { state in
            defer { state.stopped = true }
            return state.stopped
        }
        if !wasStopped {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
        }
    }

    private var stopped: Bool { state.withLock { $0.stopped } }

    private func acceptLoop() {
        while !stopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            state.withLock { $0.connections += 1 }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var buffer = Data()
        while !stopped {
            guard let request = readRequest(connection, buffer: &buffer) else { return }
            let index = state.withLock { state in
                state.requests.append(request)
                return state.requests.count - 1
            }
            switch handler(request, index) {
            case .http(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\n"
                for (name, value) in headers { head += "\(name): \(value)\r\n" }
                send(connection, Data((head + "\r\n" + body).utf8))
            case .raw(let bytes):
                send(connection, bytes)
                return
            case .stall:
                holdUntilClosed(connection, for: nil)
                return
            case .trickle(let body, let every):
                send(connection, Data("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n".utf8))
                for byte in body.utf8 {
                    guard holdUntilClosed(connection, for: every) else { return }
                    send(connection, Data([byte]))
                }
            }
        }
    }

    /// Waits `duration` (nil: until the server stops) while draining what the client sends; false when the client
    /// hung up or the server stopped.
    @discardableResult
    private func holdUntilClosed(_ connection: Int32, for duration: Duration?) -> Bool {
        let deadline = duration.map { ContinuousClock.now + $0 }
        while !stopped {
            if let deadline, ContinuousClock.now >= deadline { return true }
            var pollDescriptor = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            if poll(&pollDescriptor, 1, 50) > 0 {
                var byte: UInt8 = 0
                if recv(connection, &byte, 1, 0) <= 0 { return false }
            }
        }
        return false
    }

    private func send(_ connection: Int32, _ data: Data) {
        data.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count {
                let count = Foundation.send(connection, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return }
                sent += count
            }
        }
    }

    private func readRequest(_ connection: Int32, buffer: inout Data) -> Request? {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil {
            guard receive(connection, into: &buffer) else { return nil }
        }
        let headEnd = buffer.range(of: separator)!
        let head = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self)
        buffer.removeSubrange(..<headEnd.upperBound)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < length {
            guard receive(connection, into: &buffer) else { return nil }
        }
        let body = buffer.prefix(length)
        buffer.removeSubrange(..<(buffer.startIndex + length))
        return Request(method: requestLine.first.map(String.init) ?? "", target: requestLine.count > 1
                       ? String(requestLine[1]) : "", headers: headers, body: Data(body))
    }

    private func receive(_ connection: Int32, into buffer: inout Data) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(connection, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }
}
