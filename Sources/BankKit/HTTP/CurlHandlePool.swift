import CCurl
import Synchronization

/// Idle easy handles per host. Open connections live in `CurlLoop`'s multi handle, whatever handle used them; a
/// reused handle adds its TLS session cache, so a new connection to the same host resumes the session, and saves
/// setting a handle up.
final class CurlHandlePool: Sendable {
    private struct Handle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
    }

    private let idle = Mutex<[String: [Handle]]>([:])
    private let capacityPerHost: Int

    init(capacityPerHost: Int) {
        self.capacityPerHost = capacityPerHost
    }

    deinit {
        idle.withLock { hosts in
            for handles in hosts.values {
                for handle in handles { curl_easy_cleanup(handle.pointer) }
            }
        }
    }

    /// A handle for `host`, reset to defaults but with its live connections; nil when curl cannot allocate one.
    func checkout(host: String) -> UnsafeMutableRawPointer? {
        let reused = idle.withLock { hosts in hosts[host]?.popLast() }
        if let reused {
            curl_easy_reset(reused.pointer)
            return reused.pointer
        }
        return curl_easy_init()
    }

    /// Keeps `handle` for the next request to `host`, or frees it when the host already has enough idle ones.
    func checkin(_ handle: UnsafeMutableRawPointer, host: String) {
        let kept = idle.withLock { hosts in
            guard hosts[host, default: []].count < capacityPerHost else { return false }
            hosts[host, default: []].append(Handle(pointer: handle))
            return true
        }
        if !kept { curl_easy_cleanup(handle) }
    }
}
