import BankKit
import Foundation

/// The settings a command runs with: the chosen profile of config.toml, overridden by the environment and then by
/// command-line flags. Holds the password only in memory and never prints it.
struct ResolvedProfile: Sendable, CustomStringConvertible {
    var name: String
    var provider: String
    var baseURL: String?
    var apiVersion: OBPAPIVersion
    var username: String?
    var consumerKey: String?
    var password: String?
    var token: String?
    /// OP's application key (`api_key` in the profile, else the consumer key).
    var apiKey: String?
    var insecureSkipTLSVerify: Bool
    var theme: String?
    var tokenStore: TokenStore
    /// Seconds of failed attempts and retries a command may spend (`RetryBudget`); nil in the browser.
    var retryBudget: TimeInterval? = RetryBudget.commandLineDefault
    /// The profile as written, for what only some commands read (the OP merchant keys).
    var settings: ProfileSettings = ProfileSettings()

    /// Picks the profile (`--profile`, else `default_profile`, else the only one, else `default`) and layers the
    /// environment (`BANKTERM_PASSWORD`, `BANKTERM_TOKEN`) and the flags over it.
    static func resolve(options: GlobalOptions, config: ConfigFile,
                        environment: [String: String]) throws(BankError) -> ResolvedProfile {
        let name: String
        if let chosen = options.profile {
            guard config.profiles[chosen] != nil else {
                let known = config.profiles.keys.sorted().joined(separator: ", ")
                throw BankError(kind: .invalidInput, message: "no profile \"\(chosen)\" in config.toml"
                                + (known.isEmpty ? "" : " (profiles: \(known))"))
            }
            name = chosen
        } else if let preferred = config.defaultProfile {
            name = preferred
        } else if config.profiles.count == 1, let only = config.profiles.keys.first {
            name = only
        } else {
            name = "default"
        }
        let settings = config.profiles[name] ?? ProfileSettings()
        let versionText = options.apiVersion ?? settings.apiVersion
        let version: OBPAPIVersion
        if let versionText {
            guard let parsed = OBPAPIVersion(text: versionText) else {
                let known = OBPAPIVersion.allCases.map(\.rawValue).joined(separator: ", ")
                throw BankError(kind: .invalidInput, message: "unsupported API version \(versionText) (use one of \(known))")
            }
            version = parsed
        } else {
            version = .default
        }
        let provider = (options.provider ?? settings.provider ?? "obp").lowercased()
        let baseURL = options.baseURL ?? settings.baseURL, username = options.username ?? settings.username
        var profile = ResolvedProfile(
            name: name, provider: provider, baseURL: baseURL, apiVersion: version,
            username: username, consumerKey: options.consumerKey ?? settings.consumerKey,
            password: environment["BANKTERM_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 },
            token: options.token ?? environment["BANKTERM_TOKEN"].flatMap { $0.isEmpty ? nil : $0 } ?? settings.token,
            apiKey: settings.apiKey ?? options.consumerKey ?? settings.consumerKey,
            insecureSkipTLSVerify: settings.insecureSkipTLSVerify ?? false,
            theme: options.theme ?? settings.theme,
            tokenStore: TokenStore(directory: TokenStore.defaultDirectory(environment: environment), profile: name,
                                   server: baseURL ?? "", username: username))
        profile.settings = settings
        profile.retryBudget = options.retryBudget ?? settings.retryBudget ?? RetryBudget.commandLineDefault
        return profile
    }

    /// Reads config.toml from its XDG place and resolves `options` against it and the process environment.
    static func resolve(options: GlobalOptions) throws(BankError) -> ResolvedProfile {
        let environment = ProcessInfo.processInfo.environment
        let url = ConfigFile.defaultURL(environment: environment)
        let config = try ConfigFile.load(from: url)
        if let warning = ConfigPermissions.warning(for: url, config: config) { TerminalIO.writeError(warning) }
        return try resolve(options: options, config: config, environment: environment)
    }

    /// Without the password and the token, so interpolating a profile into a message or log cannot leak them.
    var description: String {
        "profile \(name) (\(provider), \(baseURL ?? "default URL"), user \(username ?? "-"), password "
            + (password == nil ? "unset" : "<redacted>") + ", token " + (token == nil ? "unset" : "<redacted>") + ")"
    }

    /// How this profile's requests go: TLS verification and the stall limits it sets.
    var transport: HTTPTransportConfiguration {
        let defaults = HTTPTransportConfiguration()
        return HTTPTransportConfiguration(verifyTLS: !insecureSkipTLSVerify,
                                          lowSpeedLimit: settings.lowSpeedLimit ?? defaults.lowSpeedLimit,
                                          lowSpeedTime: settings.lowSpeedTime ?? defaults.lowSpeedTime)
    }

    /// What the browser's header keeps showing about this profile's connection.
    var headerWarning: String? {
        insecureSkipTLSVerify ? "TLS verification off" : nil
    }

    /// DirectLogin credentials when username, consumer key and password are all known.
    var credentials: DirectLoginCredentials? {
        guard let username, let consumerKey, let password else { return nil }
        return DirectLoginCredentials(username: username, password: password, consumerKey: consumerKey)
    }
}
