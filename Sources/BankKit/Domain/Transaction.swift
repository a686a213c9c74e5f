import Foundation

/// A transaction as seen through one view. Every optional field is nil when the view hides it.
public struct Transaction: Sendable, Hashable, Identifiable {
    public var id: String
    public var account: AccountRef
    public var counterparty: Counterparty?
    public var type: String?
    public var description: String?
    public var posted: Date?
    public var completed: Date?
    public var value: Money?
    /// The account balance after this transaction.
    public var newBalance: Money?
    public var metadata: TransactionMetadata

    public init(id: String, account: AccountRef, counterparty: Counterparty? = nil, type: String? = nil,
                description: String? = nil, posted: Date? = nil, completed: Date? = nil, value: Money? = nil,
                newBalance: Money? = nil, metadata: TransactionMetadata = TransactionMetadata()) {
        self.id = id
        self.account = account
        self.counterparty = counterparty
        self.type = type
        self.description = description
        self.posted = posted
        self.completed = completed
        self.value = value
        self.newBalance = newBalance
        self.metadata = metadata
    }
}
