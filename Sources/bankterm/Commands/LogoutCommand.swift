import ArgumentParser
import BankKit

/// `bankterm logout`: forgets the profile's stored token (the server-side session simply expires).
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout",
                                                    abstract: "Delete the stored token of the profile.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await CommandRunner.reportingErrors {
            let profile = try ResolvedProfile.resolve(options: global)
            try await makeOBPProvider(for: profile).logout()
            print("logged out: removed \(profile.tokenStore.fileURL.path)")
        }
    }
}
