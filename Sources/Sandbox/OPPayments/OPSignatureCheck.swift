import BankKit
import Foundation
import _CryptoExtras

/// Checks a signed OP Online Payment request in OP's order: the `Date` within ±5 minutes, the session and request
/// ids, the `Authorization` header, the signature against the public key of its key version, and last the
/// replay of the id pair (recorded only for a request that proved who sent it, so a forger cannot burn ids).
struct OPSignatureCheck: Sendable {
    /// Public keys by key version.
    let keys: [Int: _RSA.Signing.PublicKey]
    let replays: OPReplayGuard

    /// Reads the PEM public keys by version; a key that does not parse stops the sandbox from starting.
    init(publicKeys: [Int: String]) throws {
        var keys = [Int: _RSA.Signing.PublicKey]()
        for (version, pem) in publicKeys {
            do {
                keys[version] = try _RSA.Signing.PublicKey(pemRepresentation: pem)
            } catch {
                throw OPKeyError(version: version)
            }
        }
        self.keys = keys
        self.replays = OPReplayGuard(window: OPPaymentAPI.dateTolerance * 2)
    }

    struct OPKeyError: Error, CustomStringConvertible {
        let version: Int
        var description: String { "OP merchant public key version \(version) is not an RSA public key in PEM form" }
    }

    /// The fields of the request, as received.
    struct Request: Sendable {
        var method: String
        var header: @Sendable (String) -> String?
        /// The URLs the client may have signed: the one it reached, over http and over https.
        var urls: [String]
        var body: [UInt8]
    }

    /// The merchant id the request was signed for.
    func verify(_ request: Request, apiKey: String, now: Date) throws(OPError) -> String {
        guard let dateText = request.header("Date") else { throw .staleDate("The Date header is required") }
        guard let date = HTTPDate.parse(dateText) else {
            throw .staleDate("The Date header must be an RFC 1123 date in GMT, e.g. Wed, 06 Apr 2020 06:09:55 GMT")
        }
        guard abs(date.timeIntervalSince(now)) <= OPPaymentAPI.dateTolerance else {
            throw .staleDate("The Date header is more than 5 minutes from the server's time")
        }
        let sessionID = try Self.id(request.header("x-session-id"), name: "x-session-id")
        let requestID = try Self.id(request.header("x-request-id"), name: "x-request-id")
        guard let header = request.header("Authorization"),
              let authorization = OPSignature.Authorization(header: header) else {
            throw .badSignature("Authorization must be merchantId:1:keyVersion:signature (lower-case hex)")
        }
        guard UUID(uuidString: authorization.merchantID) != nil else {
            throw .badSignature("the merchant id must be a UUID")
        }
        guard let key = keys[authorization.keyVersion] else {
            throw .badSignature("no public key is registered as key version \(authorization.keyVersion)")
        }
        let signature = _RSA.Signing.RSASignature(rawRepresentation: authorization.signature)
        let valid = request.urls.contains { url in
            let signed = OPSignature(method: request.method, contentType: request.header("Content-Type") ?? "",
                                     date: dateText, merchantID: authorization.merchantID, apiKey: apiKey,
                                     sessionID: sessionID, requestID: requestID, url: url, body: request.body)
            return key.isValidSignature(signature, for: signed.stringToSign, padding: .insecurePKCS1v1_5)
        }
        guard valid else {
            throw .badSignature("the signature does not match the request for key version \(authorization.keyVersion)")
        }
        guard replays.firstUse(session: sessionID, request: requestID, at: now) else { throw .replayed }
        return authorization.merchantID
    }

    /// A UUID of at most 36 characters, as OP requires of both ids.
    private static func id(_ value: String?, name: String) throws(OPError) -> String {
        guard let value, value.count <= OPPaymentAPI.maxIDLength, UUID(uuidString: value) != nil else {
            throw .invalidRequest("\(name) must be a UUID of at most 36 characters")
        }
        return value
    }
}
