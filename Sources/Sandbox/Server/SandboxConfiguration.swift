import BankKit

/// How to run the sandbox: where to listen, where the data lives, and what to load into it.
public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 picks any free port.
    public var port: Int
    /// nil keeps the data in memory (tests).
    public var databasePath: String?
    /// A file in OBP's sandbox import format, loaded on start (idempotent).
    public var importFile: String?
    /// Generates demo data with this many transactions unless the database already holds demo data.
    public var generate: Int?
    public var consumerKey: String
    public var rateLimitPerMinute: Int?
    /// Request bodies above this many bytes are refused with 413.
    public var maxBodyBytes: Int
    /// The `x-api-key` the OP endpoints (`/v1/...`) accept, and their requests per key per UTC day.
    public var opAPIKey: String
    public var opDailyRequestLimit: Int
    /// OP Online Payment: the merchants' public keys (PEM) by key version. Version 0 is bankterm's TEST-ONLY key
    /// (`OPTestMerchant`); `--op-merchant-key FILE` adds a user's own.
    public var opMerchantKeys: [Int: String]
    /// Above this amount a transaction request waits for a challenge.
    public var challenges: ChallengePolicy
    /// OBP's resource docs (the JSON an OBP server serves), whose example bodies, errors and descriptions the
    /// sandbox's own docs then carry.
    public var resourceDocsFile: String?

    public init(host: String = "127.0.0.1", port: Int = 0, databasePath: String? = nil, importFile: String? = nil,
                generate: Int? = nil, consumerKey: String = DemoCredentials.consumerKey, rateLimitPerMinute: Int? = nil,
                maxBodyBytes: Int = 64 * 1024, opAPIKey: String = OPSandbox.demoAPIKey,
                opDailyRequestLimit: Int = 1000,
                opMerchantKeys: [Int: String] = [OPTestMerchant.keyVersion: OPTestMerchant.publicKeyPEM],
                challenges: ChallengePolicy = ChallengePolicy()) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.importFile = importFile
        self.generate = generate
        self.consumerKey = consumerKey
        self.rateLimitPerMinute = rateLimitPerMinute
        self.maxBodyBytes = maxBodyBytes
        self.opAPIKey = opAPIKey
        self.opDailyRequestLimit = opDailyRequestLimit
        self.opMerchantKeys = opMerchantKeys
        self.challenges = challenges
    }
}
