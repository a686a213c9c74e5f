import BankKit

/// The ids of where `:api` was opened, for OBP's upper-case path placeholders (`BANK_ID`, `ACCOUNT_ID`, `VIEW_ID`,
/// `TRANSACTION_ID`).
public struct PathParameters: Sendable, Hashable {
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    init(_ context: ScreenContext) {
        var values = [String: String]()
        values["BANK_ID"] = (context.account?.ref.bankID ?? context.bank?.id)?.rawValue
        values["ACCOUNT_ID"] = context.account?.ref.accountID.rawValue
        values["VIEW_ID"] = context.viewID?.rawValue
        values["TRANSACTION_ID"] = context.transactionID?.rawValue
        self.init(values)
    }

    /// `url` with every placeholder it knows replaced; the others stay for the user to see.
    public func fill(_ url: String) -> String {
        url.split(separator: "/", omittingEmptySubsequences: false)
            .map { segment in values[String(segment)] ?? String(segment) }
            .joined(separator: "/")
    }

    /// The placeholders left in `path`: segments in OBP's `UPPER_CASE` form.
    public static func placeholders(in path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { segment in
            segment.count > 1 && segment.first!.isUppercase
                && segment.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
        }
    }
}
