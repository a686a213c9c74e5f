import BankKit
import Foundation
import Sandbox
import Testing
@testable import bankterm

/// Secrets (issue 5, item 4): a readable config.toml holding a token is called out, the password never shows up
/// in a profile's or a credential's text, `--token` says argv is visible, and switching TLS verification off puts
/// a warning in the browser's header.
@Suite struct SecretsTests {
    private func configFile(_ text: String, mode: mode_t) throws -> (URL, ConfigFile) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bt-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("config.toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(chmod(url.path, mode) == 0)
        return (url, try ConfigFile(toml: text))
    }

    @Test func aReadableConfigWithATokenIsCalledOut() throws {
        let (url, config) = try configFile("[profiles.op]\nprovider = \"op\"\ntoken = \"secret-token\"\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let warning = try #require(ConfigPermissions.warning(for: url, config: config))
        #expect(warning.contains("chmod 600"))
        #expect(!warning.contains("secret-token"))
        #expect(!warning.contains("\n"))
        #expect(chmod(url.path, 0o600) == 0)
        #expect(ConfigPermissions.warning(for: url, config: config) == nil, "a private file is fine")
    }

    @Test func aReadableConfigWithoutSecretsIsFine() throws {
        let (url, config) = try configFile("[profiles.local]\nbase_url = \"http://127.0.0.1:1\"\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(ConfigPermissions.warning(for: url, config: config) == nil)
    }

    @Test func theProfileNeverPrintsItsPasswordOrToken() throws {
        let profile = try ResolvedProfile.resolve(
            options: GlobalOptions.parse(["--username", "u", "--consumer-key", "k"]), config: ConfigFile(),
            environment: ["BANKTERM_PASSWORD": "hunter2-pw", "BANKTERM_TOKEN": "tok-secret", "HOME": "/nonexistent"])
        #expect(profile.password == "hunter2-pw")
        for text in ["\(profile)", String(reflecting: profile), String(describing: profile.credentials as Any)] {
            #expect(!text.contains("hunter2-pw"), "\(text)")
            #expect(!text.contains("tok-secret"), "\(text)")
        }
    }

    @Test func aLoginFailureNeverEchoesThePassword() {
        let error = BankError(kind: .badCredentials, status: 401, code: "OBP-20004",
                              message: "OBP-20004: Invalid login credentials. Check username/password.")
        let credentials = DirectLoginCredentials(username: "u", password: "hunter2-pw", consumerKey: "k")
        for text in [error.userMessage, "\(error)", "\(credentials)"] {
            #expect(!text.contains("hunter2-pw"))
        }
    }

    @Test func tokenHelpSaysArgvIsVisible() {
        let help = GlobalOptions.helpMessage()
        #expect(help.contains("BANKTERM_TOKEN"))
        #expect(help.contains("argv"))
    }

    @Test func skippingTLSVerificationShowsInTheHeader() throws {
        let config = try ConfigFile(toml: "[profiles.self]\nbase_url = \"https://127.0.0.1:1\"\ninsecure_skip_tls_verify = true\n[profiles.safe]\nbase_url = \"https://127.0.0.1:1\"\n")
        let insecure = try ResolvedProfile.resolve(options: GlobalOptions.parse(["--profile", "self"]), config: config,
                                                   environment: ["HOME": "/nonexistent"])
        #expect(insecure.headerWarning == "TLS verification off")
        let safe = try ResolvedProfile.resolve(options: GlobalOptions.parse(["--profile", "safe"]), config: config,
                                               environment: ["HOME": "/nonexistent"])
        #expect(safe.insecureSkipTLSVerify == false, "verification is on by default")
        #expect(safe.headerWarning == nil)
    }

    /// A given token is sent instead of a login's, so "run `bankterm login`" would not help: the hint says what
    /// would, and the token itself is not printed.
    @Test func aStaleGivenTokenSaysWhereItCameFrom() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 50))
        let cli = try CLI()
        defer {
            cli.remove()
            Task { await server.stop() }
        }
        let result = try await cli.run(["--base-url", server.baseURL, "--token", "stale-token-123", "banks", "--format", "json"])
        #expect(result.status != 0 && result.stderr.contains("BANKTERM_TOKEN") && !result.stderr.contains("run `bankterm login`"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("stale-token-123"))
    }
}
