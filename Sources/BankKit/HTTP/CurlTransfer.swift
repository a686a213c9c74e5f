import CCurl
import Foundation

/// One request on the `CurlLoop`: its configured easy handle, what curl needs kept alive until it is done (the
/// header list, the error buffer), and the caller waiting for the answer.
final class CurlTransfer: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    let exchange: CurlExchange
    let errorBuffer: UnsafeMutablePointer<CChar>
    private let url: String
    private let host: String
    let headers: UnsafeMutablePointer<curl_slist>?
    private let transport: HTTPTransport
    private let continuation: CheckedContinuation<HTTPResponse, any Error>

    init(handle: UnsafeMutableRawPointer, url: String, host: String, headers: UnsafeMutablePointer<curl_slist>?,
         exchange: CurlExchange, transport: HTTPTransport, continuation: CheckedContinuation<HTTPResponse, any Error>) {
        self.handle = handle
        self.url = url
        self.host = host
        self.headers = headers
        self.exchange = exchange
        self.transport = transport
        self.continuation = continuation
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_slist_free_all(headers)
        errorBuffer.deallocate()
    }

    /// Answers the caller: with the response when `code` is `CURLE_OK`, else with the failure, or with
    /// `CancellationError` when `code` is nil (cancelled) or the exchange was cancelled. The handle goes back to
    /// the pool only after a clean transfer; after a failure its connection is in doubt.
    func finish(code: CURLcode?) {
        guard code == CURLE_OK else {
            guard let code, !exchange.isCancelled else { return fail(CancellationError()) }
            return fail(CurlFailure.error(code: code, detail: String(cString: errorBuffer), url: url, exchange: exchange,
                                          configuration: transport.configuration))
        }
        // The buffer is this object's; curl must not keep it past the transfer.
        bt_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, nil)
        var status = 0
        bt_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        transport.checkin(handle, host: host)
        continuation.resume(returning: HTTPResponse(status: status, headers: exchange.headers, body: exchange.body))
    }

    /// Answers the caller with `error`; the handle is freed, not pooled.
    func fail(_ error: any Error) {
        curl_easy_cleanup(handle)
        continuation.resume(throwing: error)
    }
}
