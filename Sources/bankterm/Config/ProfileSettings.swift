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

    init(provider: String? = nil, baseURL: String? = nil, apiVersion: String? = nil, username: String? = nil,
         consumerKey: String? = nil, insecureSkipTLSVerify: Bool? = nil, theme: String? = nil) {
        self.provider = provider
        self.baseURL = baseURL
        self.apiVersion = apiVersion
        self.username = username
        self.consumerKey = consumerKey
        self.insecureSkipTLSVerify = insecureSkipTLSVerify
        self.theme = theme
    }

    init(table: TOMLTable) {
        self.init(provider: table["provider"]?.string, baseURL: table["base_url"]?.string,
                  apiVersion: table["api_version"]?.string, username: table["username"]?.string,
                  consumerKey: table["consumer_key"]?.string,
                  insecureSkipTLSVerify: table["insecure_skip_tls_verify"]?.bool, theme: table["theme"]?.string)
    }
}
