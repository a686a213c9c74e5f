import TOMLKit

/// One `[profiles.NAME]` table of config.toml, as written. Every key is optional; flags and defaults fill gaps.
struct ProfileSettings: Sendable, Hashable {
    var provider: String?
    var baseURL: String?
    var apiVersion: String?
    var username: String?
    var consumerKey: String?
    var insecureSkipTLSVerify: Bool?
    var theme: String?
    /// OP profiles: the application's `x-api-key` and the end user's `x-authorization` token.
    var apiKey: String?
    var token: String?
    /// OP merchant profiles (OP Online Payment): who the merchant is, the account paid into, and the key that
    /// signs. The key stays in its own file (mode 0600); config.toml only names it.
    var merchantID: String?
    var accountID: String?
    var privateKeyFile: String?
    var keyVersion: Int?
    var browserFlowURL: String?
    /// Stall detection (`low_speed_limit` bytes/s for `low_speed_time` s) and the command line's retry budget in
    /// seconds (`retry_budget`), for a slow link or a server known to pause.
    var lowSpeedLimit: Int?
    var lowSpeedTime: Int?
    var retryBudget: Double?

    init(provider: String? = nil, baseURL: String? = nil, apiVersion: String? = nil, username: String? = nil,
         consumerKey: String? = nil, insecureSkipTLSVerify: Bool? = nil, theme: String? = nil, apiKey: String? = nil,
         token: String? = nil, merchantID: String? = nil, accountID: String? = nil, privateKeyFile: String? = nil,
         keyVersion: Int? = nil, browserFlowURL: String? = nil, lowSpeedLimit: Int? = nil, lowSpeedTime: Int? = nil,
         retryBudget: Double? = nil) {
        self.provider = provider
        self.baseURL = baseURL
        self.apiVersion = apiVersion
        self.username = username
        self.consumerKey = consumerKey
        self.insecureSkipTLSVerify = insecureSkipTLSVerify
        self.theme = theme
        self.apiKey = apiKey
        self.token = token
        self.merchantID = merchantID
        self.accountID = accountID
        self.privateKeyFile = privateKeyFile
        self.keyVersion = keyVersion
        self.browserFlowURL = browserFlowURL
        self.lowSpeedLimit = lowSpeedLimit
        self.lowSpeedTime = lowSpeedTime
        self.retryBudget = retryBudget
    }

    init(table: TOMLTable) {
        self.init(provider: table["provider"]?.string, baseURL: table["base_url"]?.string,
                  apiVersion: table["api_version"]?.string, username: table["username"]?.string,
                  consumerKey: table["consumer_key"]?.string,
                  insecureSkipTLSVerify: table["insecure_skip_tls_verify"]?.bool, theme: table["theme"]?.string,
                  apiKey: table["api_key"]?.string, token: table["token"]?.string,
                  merchantID: table["merchant_id"]?.string, accountID: table["account_id"]?.string,
                  privateKeyFile: table["private_key_file"]?.string, keyVersion: table["key_version"]?.int,
                  browserFlowURL: table["browser_flow_url"]?.string,
                  lowSpeedLimit: table["low_speed_limit"]?.int, lowSpeedTime: table["low_speed_time"]?.int,
                  retryBudget: table["retry_budget"]?.double ?? table["retry_budget"]?.int.map(Double.init))
    }
}
