import BankKit
import Foundation
import Sandbox
import Testing

/// OP's request signature against fixed vectors. The header values and the body are OP's own published example
/// (op-developer.fi's signature page and its example scripts); the signatures were computed outside Swift with
/// `openssl dgst -sha256 -sign` over the same bytes, using bankterm's TEST-ONLY key (`OPTestMerchant`), since
/// OP's sandbox key is not available here. RSA PKCS#1 v1.5 is deterministic, so the hex must match exactly.
@Suite struct OPSignatureTests {
    static let example = OPSignature(
        method: "POST", date: "Wed, 06 Apr 2020 06:09:55 GMT", merchantID: "f8cef553-77df-48cc-bd1c-fb05dcfb64fa",
        apiKey: "dxB2AFwnwraQRrAsLZpJ5T4IrNGp7fhx", sessionID: "1ec65769-2d9c-4cc8-8031-7327747c4d4c",
        requestID: "b35e55a2-ef71-4675-b8cb-a154c650843b", url: "https://sandbox.apis.op.fi/paymentbutton/v1/payments",
        body: Array(#"{"amount":"1.00","cancel":{"url":"https://shop.example.com/cancel/path"},"reject":{"url":"https://shop.example.com/reject/path"},"return":{"url":"https://shop.example.com/return/path"},"currency":"EUR","accountId":"8a5d4aac-8f8f-47ed-ae2f-36ffeaf57c79","reference":"RF3517834735"}"#.utf8))

    /// `openssl dgst -sha256 -sign test-private.pem -hex` of the example's string to sign.
    static let postSignature = "c0b57789b7194c9a0cf82d3e711957c40362a8ebf8f2e21d303dde92b425f392605c95321f912f5103337b46cfea9f54dde17da07256bd47f36a5795b13fb97626429f080f7d699b778e0430caef6432e243278dec66e3396a6e8828e006a5e1075da2f76d482c31f76db7f5918e4b2832cdbd33770ba2429791ad9b3cb08b50ef97de0fa2932044394100850702f35571eff38dde4db42c5b258f034fbc7041c949edc445bbf56599f06eb424f8fee9488fdb6cee55bab5b9f11eb3a0c157a2053d17da1bb5d81be6ac764e854922e0c957dacbcaf4f9bdba40e042250a783d0f6ba8ccab8255ee4c1800b9815f8c3e4c4ca7465928c6687fa4dcaed72b7368"
    /// The same for a GET of one payment: no body, the newline after the URL kept.
    static let getSignature = "57d5c095eeecc63f6ba5da2913eefb19d0b3087703c8567e3d51ff66fda9c3d0b4501d4b1218bb6e9be46c79d9ae0aa8606ab9a7ee4df460acf9aa961907c98f363e6149d86f0b61f65d034668eb71449ee3b5bad55d87d6d41bca032969a9ddf89e6921df0353901a251617b7cfaeadf2980cd2e8ceb105f047c2779fb703b5d57688d840328f26d669bf5023864a879cfeafce4b55555a0a329262d43b65721ef47aa693afe2b0095465f2c69558a5fdac404f0b9b4320dbb695b04f5a7b962c5e0ed0e96384eef8a2b6a677ebf2b9ae3c58ea9e47cb3d31878e2a8681f9029953486d3675220f47945e086c211a0f127257266d9dc7e89a344f850ab63b40"

    static var get: OPSignature {
        var get = example
        get.method = "GET"
        get.url = "https://sandbox.apis.op.fi/paymentbutton/v1/payments/3c1e8cf6-5d16-4b7e-a4a6-3f3f5e1c6c11"
        get.body = []
        return get
    }

    static func testKey() throws -> OPMerchantKey {
        try OPMerchantKey(pem: OPTestMerchant.privateKeyPEM, source: "the TEST-ONLY key")
    }

    @Test func theStringToSignIsOPsLayout() {
        let text = String(decoding: Self.example.stringToSign, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 9)
        #expect(lines[0] == "POST" && lines[1] == "application/json" && lines[2] == "Wed, 06 Apr 2020 06:09:55 GMT")
        #expect(lines[7] == "https://sandbox.apis.op.fi/paymentbutton/v1/payments")
        #expect(!text.hasSuffix("\n"))
        let get = String(decoding: Self.get.stringToSign, as: UTF8.self)
        #expect(get.hasSuffix("/v1/payments/3c1e8cf6-5d16-4b7e-a4a6-3f3f5e1c6c11\n"))
        #expect(get.split(separator: "\n", omittingEmptySubsequences: false).count == 9)
    }

    @Test func signaturesMatchOpenSSL() throws {
        let key = try Self.testKey()
        #expect(try key.sign(Self.example) == Self.postSignature)
        #expect(try key.sign(Self.get) == Self.getSignature)
    }

    @Test func anyChangedByteChangesTheSignature() throws {
        var changed = Self.example
        changed.body[changed.body.count - 3] = UInt8(ascii: "6")
        #expect(try Self.testKey().sign(changed) != Self.postSignature)
    }

    @Test func theAuthorizationHeaderHasFourParts() throws {
        let header = OPSignature.authorization(merchantID: Self.example.merchantID, keyVersion: 0,
                                               signatureHex: Self.postSignature)
        #expect(header == "f8cef553-77df-48cc-bd1c-fb05dcfb64fa:1:0:" + Self.postSignature)
        let parsed = try #require(OPSignature.Authorization(header: header))
        #expect(parsed.merchantID == Self.example.merchantID && parsed.keyVersion == 0 && parsed.signature.count == 256)
        #expect(OPSignature.Authorization(header: "m:2:0:abcd") == nil)
        #expect(OPSignature.Authorization(header: "m:1:10000:abcd") == nil)
        #expect(OPSignature.Authorization(header: "m:1:0:ABCD") == nil)
        #expect(OPSignature.Authorization(header: "m:1:0:abc") == nil)
        #expect(OPSignature.Authorization(header: "m:1:0") == nil)
    }

    @Test func theKeyIsNeverInItsDescription() throws {
        let key = try Self.testKey()
        #expect(!"\(key)".contains("PRIVATE"))
        #expect(key.publicKeyPEM.contains("BEGIN PUBLIC KEY"))
    }

    @Test func aKeyFileOthersCanReadIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("op-key-\(UUID().uuidString).pem").path
        defer { unlink(path) }
        try OPMerchantKey.write(pem: OPTestMerchant.privateKeyPEM, to: path)
        var info = stat()
        let found = stat(path, &info)
        #expect(found == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try OPMerchantKey(file: path).sign(Self.example) == Self.postSignature)
        chmod(path, 0o644)
        let error = try #require(throws: BankError.self) { try OPMerchantKey(file: path) }
        #expect(error.message.contains("chmod 600") && !error.message.contains("PRIVATE KEY"))
    }

    @Test func datesAreRFC1123InGMT() throws {
        let date = try #require(HTTPDate.parse("Wed, 06 Apr 2020 06:09:55 GMT"))
        #expect(date.timeIntervalSince1970 == 1_586_153_395)
        #expect(HTTPDate.format(date) == "Mon, 06 Apr 2020 06:09:55 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.parse("2020-04-06T06:09:55Z") == nil)
        #expect(HTTPDate.parse("Mon, 06 Apr 2020 06:09:55 UTC") == nil)
    }
}
