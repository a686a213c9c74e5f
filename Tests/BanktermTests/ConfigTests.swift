import ArgumentParser
import BankKit
import Foundation
import Testing
@testable import bankterm

@Suite struct ConfigTests {
    static let toml = """
    default_profile = "local"

    [profiles.local]
    base_url = "http://127.0.0.1:8080"
    username = "Robert.X.0.GH"
    consumer_key = "key-1"

    [profiles.public]
    provider = "obp"
    base_url = "https://apisandbox.openbankproject.com"
    api_version = "v4.0.0"
    insecure_skip_tls_verify = true
    theme = "nord"

    [profiles.slowlink]
    base_url = "https://bank.example"
    low_speed_limit = 100
    low_speed_time = 30
    retry_budget = 120
    """

    private func options(_ arguments: [String]) throws -> GlobalOptions {
        try GlobalOptions.parse(arguments)
    }

    private let environment = ["HOME": "/home/u", "XDG_STATE_HOME": "/state"]

    @Test func profilesAreRead() throws {
        let config = try ConfigFile(toml: Self.toml)
        #expect(config.defaultProfile == "local")
        #expect(config.profiles["local"] == ProfileSettings(baseURL: "http://127.0.0.1:8080", username: "Robert.X.0.GH",
                                                            consumerKey: "key-1"))
        #expect(config.profiles["public"]?.insecureSkipTLSVerify == true)
        #expect(config.profiles["public"]?.apiVersion == "v4.0.0")
        #expect(config.mouse == nil, "the mouse is on unless turned off")
        #expect(try ConfigFile(toml: "mouse = false\n" + Self.toml).mouse == false)
    }

    /// Stall limits and the retry budget come from the profile; `--retry-budget` overrides; the defaults are
    /// 1 byte/s for 15 s and 45 s.
    @Test func stallLimitsAndRetryBudget() throws {
        let config = try ConfigFile(toml: Self.toml)
        let slow = try ResolvedProfile.resolve(options: options(["--profile", "slowlink"]), config: config,
                                               environment: environment)
        #expect(slow.transport.lowSpeedLimit == 100 && slow.transport.lowSpeedTime == 30 && slow.retryBudget == 120)
        let asked = try ResolvedProfile.resolve(options: options(["--profile", "slowlink", "--retry-budget", "5"]),
                                                config: config, environment: environment)
        #expect(asked.retryBudget == 5)
        let plain = try ResolvedProfile.resolve(options: options([]), config: config, environment: environment)
        #expect(plain.transport.lowSpeedLimit == 1 && plain.transport.lowSpeedTime == 15 && plain.retryBudget == 45)
    }

    @Test func defaultProfileAndFlagsOverride() throws {
        let config = try ConfigFile(toml: Self.toml)
        let plain = try ResolvedProfile.resolve(options: options([]), config: config, environment: environment)
        #expect(plain.name == "local" && plain.baseURL == "http://127.0.0.1:8080" && plain.apiVersion == .v5_1_0)
        #expect(plain.tokenStore.fileURL.path == "/state/bankterm/local.token")
        #expect(plain.credentials == nil)

        let flagged = try ResolvedProfile.resolve(
            options: options(["--profile", "public", "--api-version", "3.0.0", "--username", "me",
                              "--consumer-key", "k2"]),
            config: config, environment: environment.merging(["BANKTERM_PASSWORD": "pw", "BANKTERM_TOKEN": "t"]) { $1 })
        #expect(flagged.name == "public")
        #expect(flagged.apiVersion == .v3_0_0)
        #expect(flagged.insecureSkipTLSVerify && flagged.theme == "nord")
        #expect(flagged.credentials == DirectLoginCredentials(username: "me", password: "pw", consumerKey: "k2"))
        #expect(flagged.token == "t")
    }

    @Test func mistakesAreExplained() throws {
        let config = try ConfigFile(toml: Self.toml)
        #expect(throws: BankError.self) {
            try ResolvedProfile.resolve(options: options(["--profile", "nope"]), config: config,
                                        environment: environment)
        }
        #expect(throws: BankError.self) {
            try ResolvedProfile.resolve(options: options(["--api-version", "v9"]), config: config,
                                        environment: environment)
        }
        #expect(throws: BankError.self) { try ConfigFile(toml: "[profiles.x\nbase_url=") }
        let empty = try ResolvedProfile.resolve(options: options([]), config: ConfigFile(), environment: environment)
        #expect(empty.name == "default")
        #expect(throws: BankError.self) { try makeProvider(for: empty) }
    }

    @Test func configLivesUnderXDGConfigHome() {
        #expect(ConfigFile.defaultURL(environment: ["XDG_CONFIG_HOME": "/c"]).path == "/c/bankterm/config.toml")
        #expect(ConfigFile.defaultURL(environment: ["HOME": "/h"]).path == "/h/.config/bankterm/config.toml")
    }

    @Test func aMissingFileIsAnEmptyConfig() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/config.toml")
        #expect(try ConfigFile.load(from: missing) == ConfigFile())
    }
}
