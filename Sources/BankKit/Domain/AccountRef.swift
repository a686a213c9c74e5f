/// Names one account. The same account id can exist at two banks, so an account is always keyed by both.
public struct AccountRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public var bankID: BankID
    public var accountID: AccountID

    public init(bankID: BankID, accountID: AccountID) {
        self.bankID = bankID
        self.accountID = accountID
    }

    public var description: String { "\(bankID)/\(accountID)" }
}
