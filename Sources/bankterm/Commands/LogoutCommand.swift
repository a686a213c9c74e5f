import ArgumentParser
import BankKit
import Foundation

/// `bankterm logout`: forgets the profile's stored token (the server-side session simply expires).
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout",
                                                    abstract: "Delete the stored token of the profile.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await CommandRunner.reportingErrors {
            let profile = try ResolvedProfile.resolve(options: global)
            let path = profile.tokenStore.fileURL.path
            let hadToken = FileManager.default.fileExists(atPath: path)
            try await makeOBPProvider(for: profile).logout()
            print(hadToken ? "logged out: removed \(path)" : "not logged in: no token at \(path)")
        }
    }
}
