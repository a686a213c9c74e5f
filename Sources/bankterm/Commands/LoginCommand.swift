import ArgumentParser
import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// `bankterm login`: DirectLogin with the profile's username and consumer key and a password from
/// `BANKTERM_PASSWORD` or a no-echo prompt (never argv); the token is stored 0600 for later commands.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Log in with DirectLogin and store the token (password from BANKTERM_PASSWORD or a prompt).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await CommandRunner.reportingErrors {
            var profile = try ResolvedProfile.resolve(options: global)
            guard let username = profile.username, profile.consumerKey != nil else {
                throw BankError(kind: .invalidInput, message: "login needs a username and a consumer key: pass "
                                + "--username and --consumer-key or set them in profile \"\(profile.name)\"")
            }
            if profile.password == nil {
                profile.password = TerminalIO.readSecret(prompt: "Password for \(username): ")
            }
            guard profile.password?.isEmpty == false else {
                throw BankError(kind: .invalidInput, message: "no password: set BANKTERM_PASSWORD or run in a terminal")
            }
            profile.token = nil
            let provider = try makeOBPProvider(for: profile)
            try await provider.login()
            let user = try await provider.currentUser()
            print("logged in as \(Sanitizer.clean(user.username)) at \(provider.configuration.baseURL); "
                  + "token saved to \(profile.tokenStore.fileURL.path)")
        }
    }
}
