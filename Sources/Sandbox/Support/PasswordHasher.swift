import Crypto

/// Salted, iterated SHA-256 (swift-crypto's) so the store never holds a plaintext password. The iteration count is
/// modest on purpose: demo start-up hashes a handful of passwords and must stay within the first-paint budget.
enum PasswordHasher {
    static let iterations = 1_000

    static func makeSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.encode((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    static func hash(password: String, salt: String) -> String {
        let saltBytes = Array(salt.utf8)
        var digest = Array(SHA256.hash(data: saltBytes + Array(password.utf8)))
        for _ in 1..<iterations { digest = Array(SHA256.hash(data: digest + saltBytes)) }
        return Hex.encode(digest)
    }

    /// Compares in constant time so response timing does not leak how much of a hash matched.
    static func verify(password: String, salt: String, expectedHash: String) -> Bool {
        let actual = Array(hash(password: password, salt: salt).utf8)
        let expected = Array(expectedHash.utf8)
        guard actual.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(actual, expected) { difference |= a ^ b }
        return difference == 0
    }
}
