import Foundation

/// How the transport talks to servers. TLS verification is on unless a profile explicitly turns it off.
public struct HTTPTransportConfiguration: Sendable, Hashable {
    public var connectTimeout: TimeInterval
    /// The whole exchange, connect to last byte.
    public var totalTimeout: TimeInterval
    /// A response body beyond this is aborted mid-transfer rather than buffered.
    public var maxBodyBytes: Int
    public var verifyTLS: Bool
    public var userAgent: String
    /// Idle handles kept per host, with their TLS sessions, for the next requests to it.
    public var handlesPerHost: Int
    /// A transfer slower than `lowSpeedLimit` bytes a second for `lowSpeedTime` seconds is abandoned as stalled,
    /// as curl's `--speed-limit`/`--speed-time` and git's `http.lowSpeedLimit` do: a server that sends its headers
    /// and then stops would otherwise hold every attempt for the whole `totalTimeout`. 0 turns the check off.
    public var lowSpeedLimit: Int
    public var lowSpeedTime: Int

    public static let version = "0.1.0"

    public init(connectTimeout: TimeInterval = 10, totalTimeout: TimeInterval = 60, maxBodyBytes: Int = 16 << 20,
                verifyTLS: Bool = true, userAgent: String = "bankterm/\(HTTPTransportConfiguration.version)",
                handlesPerHost: Int = 4, lowSpeedLimit: Int = 1, lowSpeedTime: Int = 15) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.verifyTLS = verifyTLS
        self.userAgent = userAgent
        self.handlesPerHost = handlesPerHost
        self.lowSpeedLimit = max(0, lowSpeedLimit)
        self.lowSpeedTime = max(1, lowSpeedTime)
    }
}
