import ArgumentParser
import BankKit
import BrowserModel
import TerminalUI

/// What every scripting command does around its own work: resolve the profile, build the provider, and turn any
/// failure into one sanitised line on stderr (`error: ...`, with the OBP code and a hint) and exit status 1.
enum CommandRunner {
    /// `interactive` lets an OP profile without a token browse as the sandbox's first customer (the browser, where
    /// `:customer` switches); scripting commands fail with a message that names `--token` instead.
    static func run(_ global: GlobalOptions, interactive: Bool = false,
                    _ body: (ResolvedProfile, any BankProvider) async throws -> Void) async throws {
        if !interactive { MallocArenas.limitToOne() }
        try await reportingErrors {
            var profile = try ResolvedProfile.resolve(options: global)
            // The browser's user watches retries happen (the status bar says so) and can leave: no budget there.
            if interactive { profile.retryBudget = global.retryBudget }
            if interactive, profile.provider == "op", profile.token == nil {
                profile.token = OPSandbox.customers[0].token
            }
            do {
                try await body(profile, try makeProvider(for: profile))
            } catch var error as BankError where profile.provider != "op" && profile.token != nil && error.hint == nil {
                // A given token is sent instead of the saved one, so `bankterm login` alone would not help.
                switch error.kind {
                case .notLoggedIn, .tokenExpired: error.hint = Self.givenTokenHint
                default: break
                }
                throw error
            }
        }
    }

    static let givenTokenHint = "the token from --token, BANKTERM_TOKEN or the profile is sent instead of a login's: "
        + "give a fresh one, or remove it"

    static func reportingErrors(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as BankError {
            TerminalIO.writeError("error: " + Sanitizer.clean(error.userMessage))
            throw ExitCode.failure
        } catch let error as BrowserModel.ValidationError {
            // Refused before any request, by the same rules as the browser's prompts.
            TerminalIO.writeError("error: " + Sanitizer.clean(error.message))
            throw ExitCode.failure
        }
    }
}
