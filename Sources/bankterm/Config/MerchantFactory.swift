import BankKit
import Foundation

/// The OP Online Payment client a merchant profile describes: `merchant_id`, `account_id`, `api_key` (or
/// `--consumer-key`), `private_key_file` (refused unless mode 0600; read here and never printed) and `key_version`.
/// Payments it creates are kept in the ledger under `$XDG_DATA_HOME/bankterm/`.
func makeOPPaymentClient(for profile: ResolvedProfile, environment: [String: String]) throws -> OPPaymentClient {
    let settings = profile.settings
    func missing(_ key: String, _ what: String) -> BankError {
        BankError(kind: .invalidInput, message: "OP Online Payment needs \(what): set \(key) in profile "
                  + "\"\(profile.name)\" of config.toml (see README, OP Online Payment)")
    }
    guard profile.provider == "op" else {
        throw BankError(kind: .invalidInput, message: "`bankterm op` needs an OP merchant profile: set provider = "
                        + "\"op\" in profile \"\(profile.name)\" or pass --provider op")
    }
    guard let merchantID = settings.merchantID else { throw missing("merchant_id", "the merchant's UUID") }
    guard let accountID = settings.accountID else { throw missing("account_id", "the OP account paid into") }
    guard let apiKey = profile.apiKey, !apiKey.isEmpty else { throw missing("api_key", "the application's API key") }
    guard let keyFile = settings.privateKeyFile else {
        throw missing("private_key_file", "the merchant's private key (a PEM file of mode 0600)")
    }
    let key = try OPMerchantKey(file: expandingHome(keyFile, environment: environment))
    let configuration = OPMerchantConfiguration(
        baseURL: profile.baseURL ?? OPSandbox.baseURL, browserFlowURL: settings.browserFlowURL,
        merchantID: merchantID, accountID: accountID, apiKey: apiKey, keyVersion: settings.keyVersion ?? 0, key: key,
        transport: profile.transport)
    try configuration.validate()
    let ledger = try OPPaymentLedger(path: OPPaymentLedger.defaultPath(environment: environment))
    return OPPaymentClient(configuration: configuration, ledger: ledger)
}

/// `~/x` as `$HOME/x`, as a shell would write it.
func expandingHome(_ path: String, environment: [String: String]) -> String {
    guard path.hasPrefix("~/") else { return path }
    return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
}
