import Foundation

/// OP's request signature, as its authentication page defines it. The string to sign is the method, Content-Type,
/// Date, merchantId, x-api-key, x-session-id, x-request-id, the full URL with its query, and the body, joined by a
/// single `\n`, with no trailing newline. A request without a body (GET) keeps the `\n` after the URL.
/// The signature is RSA PKCS#1 v1.5 over SHA-256, in lower-case hex; OP's page calls it "HMAC", but it is not one.
public struct OPSignature: Sendable, Hashable {
    public var method: String
    public var contentType: String
    public var date: String
    public var merchantID: String
    public var apiKey: String
    public var sessionID: String
    public var requestID: String
    /// Scheme, host, port when not the default, path and query, exactly as sent.
    public var url: String
    public var body: [UInt8]

    public init(method: String, contentType: String = OPPaymentAPI.contentType, date: String, merchantID: String,
                apiKey: String, sessionID: String, requestID: String, url: String, body: [UInt8] = []) {
        self.method = method
        self.contentType = contentType
        self.date = date
        self.merchantID = merchantID
        self.apiKey = apiKey
        self.sessionID = sessionID
        self.requestID = requestID
        self.url = url
        self.body = body
    }

    /// The bytes that are signed.
    public var stringToSign: [UInt8] {
        let head = [method, contentType, date, merchantID, apiKey, sessionID, requestID, url].joined(separator: "\n")
        return Array(head.utf8) + [UInt8(ascii: "\n")] + body
    }

    /// The `Authorization` header value: `{merchantId}:1:{keyVersion}:{signature}`.
    public static func authorization(merchantID: String, keyVersion: Int, signatureHex: String) -> String {
        "\(merchantID):\(OPPaymentAPI.algorithm):\(keyVersion):\(signatureHex)"
    }

    /// The four parts of an `Authorization` header; nil unless it has exactly that shape with a known algorithm,
    /// a key version in 0...9999 and lower-case hex.
    public struct Authorization: Sendable, Hashable {
        public var merchantID: String
        public var keyVersion: Int
        public var signature: [UInt8]

        public init?(header: String) {
            let parts = header.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4, !parts[0].isEmpty, parts[1] == OPPaymentAPI.algorithm,
                  parts[2].allSatisfy(\.isASCII), let version = Int(parts[2]),
                  OPPaymentAPI.keyVersions.contains(version),
                  let bytes = Self.hexBytes(parts[3]) else { return nil }
            merchantID = parts[0]
            keyVersion = version
            signature = bytes
        }

        private static func hexBytes(_ text: String) -> [UInt8]? {
            let digits = Array(text.utf8)
            guard !digits.isEmpty, digits.count % 2 == 0 else { return nil }
            var bytes = [UInt8]()
            bytes.reserveCapacity(digits.count / 2)
            for index in stride(from: 0, to: digits.count, by: 2) {
                guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
                bytes.append(high << 4 | low)
            }
            return bytes
        }

        private static func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }
    }

    /// Lower-case hex, as OP wants the signature.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
