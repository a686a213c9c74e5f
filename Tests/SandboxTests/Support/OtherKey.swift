import _CryptoExtras

/// One extra 2048-bit RSA key per test run, for requests signed by a key the sandbox does not know.
enum OtherKey {
    static var pem: String {
        get throws { try cached.get() }
    }

    private static let cached = Result { try _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation }
}
