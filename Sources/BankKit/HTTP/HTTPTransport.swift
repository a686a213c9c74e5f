import CCurl
import Foundation

/// HTTP over libcurl. Requests run on `CurlLoop`, the one thread that performs every transfer; the caller is
/// resumed when the answer (or the failure) is complete.
public final class HTTPTransport: Sendable {
    public let configuration: HTTPTransportConfiguration
    private let pool: CurlHandlePool

    /// curl_global_init is not thread-safe and must run once before any handle exists.
    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    static func initializeCurl() {
        _ = globalInit
    }

    /// The thread transfers run on, as an executor: a task that prefers it decodes and writes each answer where
    /// it arrived, with no other thread woken (`transactions --all`).
    public static var executor: any TaskExecutor { CurlLoop.shared }

    public init(configuration: HTTPTransportConfiguration = HTTPTransportConfiguration()) {
        Self.initializeCurl()
        self.configuration = configuration
        self.pool = CurlHandlePool(capacityPerHost: configuration.handlesPerHost)
    }

    /// Sends `request`. An HTTP answer of any status is a response; only a missing answer throws: `BankError`
    /// of kind `.network` (refused, DNS, timeout, TLS, cut body) or `.badResponse` (body over the cap), or
    /// `CancellationError` when the calling task is cancelled.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        // A line break in a value (a token pasted with one, or crafted) would start a header of its own. The
        // value is not named: it may be a secret.
        let breaksLine = { (byte: UInt8) in byte == 0x0A || byte == 0x0D || byte == 0 }
        if let bad = request.headers.first(where: {
            $0.name.utf8.contains(where: breaksLine) || $0.value.utf8.contains(where: breaksLine)
        }) {
            throw BankError(kind: .invalidInput, message: "the \(bad.name) header holds a line break; nothing was sent")
        }
        let host = Self.hostKey(of: request.url)
        guard let handle = pool.checkout(host: host) else {
            throw BankError(kind: .network, message: "cannot allocate an HTTP handle (libcurl)")
        }
        var headerList: UnsafeMutablePointer<curl_slist>?
        // curl would otherwise send `Expect: 100-continue` for larger bodies and wait a second for an answer.
        for line in request.headers.map({ "\($0.name): \($0.value)" }) + ["Expect:"] {
            headerList = curl_slist_append(headerList, line)
        }
        let exchange = CurlExchange(maxBodyBytes: configuration.maxBodyBytes)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let transfer = CurlTransfer(handle: handle, url: request.url, host: host, headers: headerList,
                                            exchange: exchange, transport: self, continuation: continuation)
                configure(handle, request: request, transfer: transfer)
                CurlLoop.shared.start(transfer)
            }
        } onCancel: {
            exchange.cancel()
            CurlLoop.shared.checkCancellations()
        }
    }

    /// Keeps `handle`, done with a clean transfer, for the next request to `host`.
    func checkin(_ handle: UnsafeMutableRawPointer, host: String) {
        pool.checkin(handle, host: host)
    }

    private func configure(_ handle: UnsafeMutableRawPointer, request: HTTPRequest, transfer: CurlTransfer) {
        let exchange = transfer.exchange
        bt_curl_setopt_string(handle, CURLOPT_URL, request.url)
        bt_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        // Signals and threads do not mix: without this a DNS timeout longjmps across Swift frames.
        bt_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        bt_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
        let timeout = min(configuration.totalTimeout, request.timeout ?? configuration.totalTimeout)
        bt_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(1, Int(timeout * 1000)))
        bt_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedLimit)
        bt_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, configuration.lowSpeedLimit > 0 ? configuration.lowSpeedTime : 0)
        bt_curl_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
        // The empty string offers every encoding this libcurl can decode (gzip, deflate, br, zstd).
        bt_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        bt_curl_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent)
        bt_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, configuration.verifyTLS ? 1 : 0)
        bt_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, configuration.verifyTLS ? 2 : 0)
        bt_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, transfer.headers)
        bt_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, transfer.errorBuffer)

        bt_curl_setopt_write(handle, CurlCallbacks.write)
        bt_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, exchange.opaque)
        bt_curl_setopt_header(handle, CurlCallbacks.header)
        bt_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, exchange.opaque)

        switch request.method {
        case .get:
            bt_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case .post, .put, .delete:
            if request.method != .post {
                bt_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method.rawValue)
            }
            if request.method == .post || request.body != nil {
                let body = request.body ?? Data()
                bt_curl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                // COPYPOSTFIELDS copies, so the Swift buffer may go away after the call.
                var bytes = [UInt8](body)
                bytes.append(0)
                _ = bytes.withUnsafeMutableBytes { bt_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            }
        }
    }

    /// `scheme://host:port`, the unit of connection reuse. Found in the UTF-8 bytes: Foundation's `range(of:)`
    /// took 24 µs a request, a fiftieth of `transactions --all`'s CPU.
    static func hostKey(of url: String) -> String {
        let utf8 = url.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex, !utf8[index...].starts(with: "://".utf8) { index = utf8.index(after: index) }
        guard index != utf8.endIndex else { return url }
        let authority = utf8.index(index, offsetBy: 3)
        let end = utf8[authority...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        return String(url[..<(end ?? utf8.endIndex)])
    }
}
