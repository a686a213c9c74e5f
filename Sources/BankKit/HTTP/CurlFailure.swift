import CCurl
import Foundation

/// Turns a libcurl failure into a `BankError` that says, in words, what went wrong and where.
enum CurlFailure {
    static func error(code: CURLcode, detail: String, url: String, exchange: CurlExchange,
                      configuration: HTTPTransportConfiguration) -> BankError {
        let host = HTTPTransport.hostKey(of: url)
        let reason = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        switch code {
        case CURLE_WRITE_ERROR where exchange.bodyTooLarge:
            return BankError(kind: .badResponse,
                             message: "response from \(host) is larger than \(configuration.maxBodyBytes >> 20) MB")
        case CURLE_COULDNT_CONNECT:
            return BankError(kind: .network, message: "cannot connect to \(host): connection refused (\(reason))")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return BankError(kind: .network, message: "cannot resolve the host name of \(host) (DNS: \(reason))")
        // curl reports both the low-speed abort and the total timeout as a timeout; only the first says "too slow".
        case CURLE_OPERATION_TIMEDOUT where reason.localizedCaseInsensitiveContains("too slow"):
            return BankError.stalled(host: host, limit: configuration.lowSpeedLimit, seconds: configuration.lowSpeedTime)
        case CURLE_OPERATION_TIMEDOUT:
            return BankError(kind: .network, message: "\(host) timed out (\(reason))")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS:
            return BankError(kind: .network, message: "TLS with \(host) failed (\(reason))")
        case CURLE_GOT_NOTHING:
            return BankError(kind: .network, message: "\(host) closed the connection without answering")
        case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_SEND_ERROR:
            return BankError(kind: .network, message: "the connection to \(host) broke mid-response (\(reason))")
        case CURLE_BAD_CONTENT_ENCODING, CURLE_WEIRD_SERVER_REPLY:
            return BankError(kind: .badResponse, message: "\(host) sent a malformed response (\(reason))")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return BankError(kind: .invalidInput, message: "not a usable http(s) URL: \(url)")
        default:
            return BankError(kind: .network, message: "request to \(host) failed (\(reason))")
        }
    }
}
