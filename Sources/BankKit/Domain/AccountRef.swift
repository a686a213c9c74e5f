/// Names one account. The same account id can exist at two banks, so an account is always keyed by both.
public struct AccountRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public var bankID: String
    public var accountID: String

    public init(bankID: String, accountID: String) {
        self.bankID = bankID
        self.accountID = accountID
    }

    public var description: String { "\(bankID)/\(accountID)" }
}
