import BankKit
import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/bankterm/config.toml`:
///
/// ```toml
/// default_profile = "local"
/// mouse = false                         # leave the mouse to the terminal (default: clicks and the wheel work)
///
/// [profiles.local]
/// provider = "obp"                      # obp (default) or op
/// base_url = "http://127.0.0.1:8080"
/// api_version = "v5.1.0"                # v3.0.0 ... v5.1.0
/// username = "Robert.X.0.GH"
/// consumer_key = "..."
/// insecure_skip_tls_verify = false      # only for a test server with a self-signed certificate
///
/// [profiles.op]
/// provider = "op"
/// base_url = "https://sandbox.apis.op-palvelut.fi"   # the default for op
/// api_key = "..."                       # the application's x-api-key
/// token = "..."                         # x-authorization; without one, `bankterm ui` asks for a sandbox customer
///
/// [profiles.shop]                       # OP Online Payment (`bankterm op ...`)
/// provider = "op"
/// base_url = "https://sandbox.apis.op.fi"
/// api_key = "..."
/// merchant_id = "c3efaaee-..."          # a UUID
/// account_id = "8a5d4aac-..."           # the OP account paid into, a UUID
/// private_key_file = "~/.config/bankterm/op-merchant.pem"   # mode 0600, or it is refused
/// key_version = 0                       # which registered public key verifies the signature (0...9999)
/// ```
///
/// Passwords do not belong here: they come from `BANKTERM_PASSWORD` or a prompt.
struct ConfigFile: Sendable, Hashable {
    var defaultProfile: String?
    var profiles: [String: ProfileSettings]
    /// Whether the browser takes the mouse; nil means yes.
    var mouse: Bool?

    init(defaultProfile: String? = nil, profiles: [String: ProfileSettings] = [:], mouse: Bool? = nil) {
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.mouse = mouse
    }

    init(toml text: String) throws(BankError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw BankError(kind: .invalidInput, message: "config.toml is not valid TOML: \(error)")
        }
        var profiles: [String: ProfileSettings] = [:]
        if let profileTables = table["profiles"]?.table {
            for name in profileTables.keys {
                if let profile = profileTables[name]?.table { profiles[name] = ProfileSettings(table: profile) }
            }
        }
        self.init(defaultProfile: table["default_profile"]?.string, profiles: profiles, mouse: table["mouse"]?.bool)
    }

    /// The file at `url`, or an empty configuration when there is none.
    static func load(from url: URL) throws(BankError) -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: url.path) else { return ConfigFile() }
        return try ConfigFile(toml: String(decoding: data, as: UTF8.self))
    }

    static func defaultURL(environment: [String: String]) -> URL {
        AppPaths(environment: environment).configFile
    }
}
