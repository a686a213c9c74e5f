import HTTPTypes
import Synchronization

/// DirectLogin tokens, held in memory only: restarting the sandbox logs everyone out, as an expired token would.
final class TokenStore: Sendable {
    private let tokens = Mutex<[String: String]>([:])

    /// Issues a new token for the user; tokens are 256 random bits.
    func issue(userID: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = Hex.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
        tokens.withLock { $0[token] = userID }
        return token
    }

    func userID(for token: String) -> String? {
        tokens.withLock { $0[token] }
    }

    /// Who makes a request: the user of the token it presents, nil for no token, and OBP-20003 for a token that is
    /// not (or no longer) valid.
    func user(presenting headers: HTTPFields) throws(OBPError) -> String? {
        guard let token = DirectLoginParameters(headers: headers)?["token"] else { return nil }
        guard let id = userID(for: token) else { throw .invalidToken }
        return id
    }

    func expireAll() {
        tokens.withLock { $0.removeAll() }
    }
}
