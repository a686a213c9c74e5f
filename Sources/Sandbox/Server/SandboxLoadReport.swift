/// What the sandbox loaded on start and how long it took.
public struct SandboxLoadReport: Sendable, Equatable {
    /// Counts from the import file (0 when none was given).
    public var importedBanks = 0
    public var importedUsers = 0
    public var importedAccounts = 0
    public var importedTransactions = 0
    public var importSeconds = 0.0
    /// Demo transactions inserted; 0 when the database already held demo data.
    public var generatedTransactions = 0
    public var generateSeconds = 0.0

    public init() {}
}
