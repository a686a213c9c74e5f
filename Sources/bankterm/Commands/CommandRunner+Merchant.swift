import BankKit
import Foundation

extension CommandRunner {
    /// Like `run`, for the OP Online Payment commands: the merchant profile's signing client instead of a provider.
    static func runMerchant(_ global: GlobalOptions,
                            _ body: (ResolvedProfile, OPPaymentClient) async throws -> Void) async throws {
        try await reportingErrors {
            let profile = try ResolvedProfile.resolve(options: global)
            try await body(profile, try makeOPPaymentClient(for: profile,
                                                            environment: ProcessInfo.processInfo.environment))
        }
    }
}
