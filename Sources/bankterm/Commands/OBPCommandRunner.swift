import BankKit

/// The commands that only OBP has (payments, exchange rates, making accounts) run through `CommandRunner` and
/// refuse another provider with one line.
enum OBPCommandRunner {
    static func run(_ global: GlobalOptions, _ body: (OBPProvider) async throws -> Void) async throws {
        try await CommandRunner.run(global) { profile, provider in
            guard let obp = provider as? OBPProvider else {
                throw BankError(kind: .invalidInput, message: "this command needs an OBP profile (the \(profile.provider) provider has no such API)")
            }
            try await body(obp)
        }
    }
}
