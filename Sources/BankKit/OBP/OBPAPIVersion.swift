import Foundation

/// The OBP API versions this client speaks. Paths and shapes that differ between them are decided here.
public enum OBPAPIVersion: String, Sendable, Hashable, CaseIterable, Comparable {
    /// OBP API v1.1: wrapped shapes (read through `OBPWire.fromV1_1`), no current-user or views endpoint.
    case v1_1 = "v1.1"
    case v3_0_0 = "v3.0.0"
    case v3_1_0 = "v3.1.0"
    case v4_0_0 = "v4.0.0"
    case v5_0_0 = "v5.0.0"
    case v5_1_0 = "v5.1.0"

    public static let `default` = OBPAPIVersion.v5_1_0

    /// Accepts `v5.1.0` and `5.1.0`.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        self.init(rawValue: trimmed.hasPrefix("v") ? trimmed : "v" + trimmed)
    }

    public static func < (lhs: OBPAPIVersion, rhs: OBPAPIVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// v1.1 lists them at `/banks/B/accounts` too. v4.0.0 moved "my accounts at one bank" from `/banks/B/accounts/private` (with `views`) to `/banks/B/accounts`
    /// (with `views_available`).
    func privateAccountsPath(bank: String) -> String {
        self >= .v4_0_0 || self == .v1_1 ? "/banks/\(bank)/accounts" : "/banks/\(bank)/accounts/private"
    }
}
