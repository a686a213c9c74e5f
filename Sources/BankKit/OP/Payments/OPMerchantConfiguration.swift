import Foundation

/// Everything an `OPPaymentClient` needs: where OP is, who the merchant is, and the key that signs.
public struct OPMerchantConfiguration: Sendable {
    /// The API host, e.g. `https://sandbox.apis.op.fi`; the client adds `/paymentbutton/v1/...`.
    public var baseURL: String
    /// Where the customer's browser goes: OP's sandbox front for OP's sandbox host, else the API host itself
    /// (bankterm's sandbox serves both).
    public var browserFlowURL: String
    /// The merchant's UUID, in the `Authorization` header and the signed string.
    public var merchantID: String
    /// The OP account that receives the payments (`accountId` of a create).
    public var accountID: String
    /// The application's `x-api-key`.
    public var apiKey: String
    /// Which of the merchant's registered public keys verifies the signature (0...9999).
    public var keyVersion: Int
    public var key: OPMerchantKey
    public var transport: HTTPTransportConfiguration

    public init(baseURL: String = OPSandbox.baseURL, browserFlowURL: String? = nil, merchantID: String,
                accountID: String, apiKey: String, keyVersion: Int = 0, key: OPMerchantKey,
                transport: HTTPTransportConfiguration = HTTPTransportConfiguration()) {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.browserFlowURL = browserFlowURL
            ?? (base == OPSandbox.baseURL || base == "https://sandbox.apis.op.fi" ? OPPaymentAPI.sandboxBrowserFlowHost : base)
        self.merchantID = merchantID
        self.accountID = accountID
        self.apiKey = apiKey
        self.keyVersion = keyVersion
        self.key = key
        self.transport = transport
    }

    /// Refuses a configuration OP would refuse anyway, before any request: ids that are not UUIDs, a key version
    /// outside 0...9999.
    public func validate() throws(BankError) {
        guard UUID(uuidString: merchantID) != nil else {
            throw BankError(kind: .invalidInput, message: "merchant_id must be a UUID (got \(merchantID))")
        }
        guard UUID(uuidString: accountID) != nil else {
            throw BankError(kind: .invalidInput, message: "account_id must be a UUID (got \(accountID))")
        }
        guard OPPaymentAPI.keyVersions.contains(keyVersion) else {
            throw BankError(kind: .invalidInput, message: "key_version must be between 0 and 9999")
        }
        guard !apiKey.isEmpty else {
            throw BankError(kind: .invalidInput, message: "the OP merchant profile needs api_key (the x-api-key)")
        }
    }
}
