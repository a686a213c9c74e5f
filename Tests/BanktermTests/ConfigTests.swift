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
