import Synchronization

/// The server's own URL, known only once the listening socket is bound (port 0 picks the port).
final class ServerIdentity: Sendable {
    private let url: Mutex<String>

    init(host: String) { url = Mutex("http://\(host)") }

    var baseURL: String {
        get { url.withLock { $0 } }
        set { url.withLock { $0 = newValue } }
    }
}
