import BankKit
import Foundation

/// The provider a resolved profile describes. The `ui` and `demo` commands build theirs here too.
func makeProvider(for profile: ResolvedProfile) throws -> any BankProvider {
    switch profile.provider {
    case "obp":
        return try makeOBPProvider(for: profile)
    case "op":
        return try makeOPProvider(for: profile)
    default:
        throw BankError(kind: .invalidInput, message: "unknown provider \"\(profile.provider)\" (use obp or op)")
    }
}

/// OP: `api_key` (or the consumer key) is the application's `x-api-key`, the token (`--token`, `BANKTERM_TOKEN` or
/// `token` in the profile) the end user's `x-authorization`; annotations live in
/// `$XDG_DATA_HOME/bankterm/annotations.sqlite`; a profile that names a `merchant_id` brings its payments client.
func makeOPProvider(for profile: ResolvedProfile) throws -> OPProvider {
    guard let apiKey = profile.apiKey, !apiKey.isEmpty else {
        throw BankError(kind: .invalidInput, message: "the op provider needs the application's API key: set api_key "
                        + "in profile \"\(profile.name)\" of config.toml (or pass --consumer-key)")
    }
    guard let token = profile.token, !token.isEmpty else {
        throw BankError(kind: .invalidInput, message: "the op provider needs a token: pass --token, set BANKTERM_TOKEN, "
                        + "or set token in profile \"\(profile.name)\" of config.toml (`bankterm ui` offers the "
                        + "sandbox's four customers)")
    }
    let environment = ProcessInfo.processInfo.environment
    let annotations = try LocalAnnotationStore(path: LocalAnnotationStore.defaultPath(environment: environment))
    // A profile with a merchant_id is also an OP merchant's: the browser's :oppayments uses its signing client.
    let merchant = profile.settings.merchantID == nil
        ? nil : try makeOPPaymentClient(for: profile, environment: environment)
    return OPProvider(configuration: OPConfiguration(
        baseURL: profile.baseURL ?? OPSandbox.baseURL, apiKey: apiKey, token: token, annotations: annotations,
        transport: profile.transport, retryBudget: profile.retryBudget), merchantClient: merchant)
}

/// The OBP provider for `profile`, with its token store, TLS choice and, when a password is known, credentials
/// for logging in again by itself.
func makeOBPProvider(for profile: ResolvedProfile) throws -> OBPProvider {
    guard let baseURL = profile.baseURL, !baseURL.isEmpty else {
        throw BankError(kind: .invalidInput, message: "no server: pass --base-url or set base_url in profile "
                        + "\"\(profile.name)\" of config.toml")
    }
    guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
        throw BankError(kind: .invalidInput, message: "base URL must start with http:// or https://: \(baseURL)")
    }
    return OBPProvider(configuration: OBPConfiguration(
        baseURL: baseURL, apiVersion: profile.apiVersion, credentials: profile.credentials, token: profile.token,
        tokenStore: profile.tokenStore, transport: profile.transport, retryBudget: profile.retryBudget))
}
