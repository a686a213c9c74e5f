import Foundation

/// A transaction as seen through one view. Every optional field is nil when the view hides it.
/// The account, the counterparty and the metadata are stored out of line: inline they were most of the
/// struct's size, and across a long list the same account, a few counterparties and the same empty metadata
/// repeat, so equal ones can share one allocation (`sharedAccount`, `sharedCounterparty`, `sharedMetadata`).
public struct Transaction: Sendable, Hashable, Identifiable {
    public var id: TransactionID
    public var sharedAccount: Shared<AccountRef>
    public var sharedCounterparty: Shared<Counterparty>?
    public var type: String?
    public var description: String?
    private var packedPosted: PackedDate
    private var packedCompleted: PackedDate
    public var value: Money?
    /// The account balance after this transaction.
    public var newBalance: Money?
    public var sharedMetadata: Shared<TransactionMetadata>

    public var posted: Date? {
        get { packedPosted.date }
        set { packedPosted = PackedDate(newValue) }
    }

    public var completed: Date? {
        get { packedCompleted.date }
        set { packedCompleted = PackedDate(newValue) }
    }

    public var account: AccountRef {
        get { sharedAccount.value }
        set { sharedAccount = Shared(newValue) }
    }

    public var counterparty: Counterparty? {
        get { sharedCounterparty?.value }
        set { sharedCounterparty = newValue.map(Shared.init) }
    }

    public var metadata: TransactionMetadata {
        get { sharedMetadata.value }
        set { sharedMetadata = newValue.shared }
    }

    public init(id: TransactionID, account: AccountRef, counterparty: Counterparty? = nil, type: String? = nil,
                description: String? = nil, posted: Date? = nil, completed: Date? = nil, value: Money? = nil,
                newBalance: Money? = nil, metadata: TransactionMetadata = TransactionMetadata()) {
        self.init(id: id, sharedAccount: Shared(account), counterparty: counterparty, type: type,
                  description: description, posted: posted, completed: completed, value: value,
                  newBalance: newBalance, sharedMetadata: metadata.shared)
    }

    /// For decoders, which give every transaction of a page the same account box.
    init(id: TransactionID, sharedAccount: Shared<AccountRef>, counterparty: Counterparty?, type: String?,
         description: String?, posted: Date?, completed: Date?, value: Money?, newBalance: Money?,
         sharedMetadata: Shared<TransactionMetadata>) {
        self.id = id
        self.sharedAccount = sharedAccount
        self.sharedCounterparty = counterparty.map(Shared.init)
        self.type = type
        self.description = description
        self.packedPosted = PackedDate(posted)
        self.packedCompleted = PackedDate(completed)
        self.value = value
        self.newBalance = newBalance
        self.sharedMetadata = sharedMetadata
    }
}
