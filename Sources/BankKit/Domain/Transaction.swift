import Foundation

/// A transaction as seen through one view. Every optional field is nil when the view hides it.
/// A browser holds a million of these, so the struct is 72 bytes: the account, counterparty, type, description
/// and metadata are one shared allocation (`sharedParts`: across a long list the same few merchants and the same
/// empty metadata repeat), a UUID id is its 16 bytes (`Identifier`), and amount and balance are packed
/// (`PackedAmounts`).
public struct Transaction: Sendable, Hashable, Identifiable {
    public var id: TransactionID
    private var packedAmounts: PackedAmounts
    public var sharedParts: Shared<TransactionParts>
    private var packedPosted: PackedDate
    private var packedCompleted: PackedDate

    public var sharedAccount: Shared<AccountRef> {
        get { sharedParts.value.account }
        set { updateParts { $0.account = newValue } }
    }

    public var sharedCounterparty: Shared<Counterparty>? {
        get { sharedParts.value.counterparty }
        set { updateParts { $0.counterparty = newValue } }
    }

    public var type: String? {
        get { sharedParts.value.type }
        set { updateParts { $0.type = newValue } }
    }

    public var description: String? {
        get { sharedParts.value.description }
        set { updateParts { $0.description = newValue } }
    }

    public var sharedMetadata: Shared<TransactionMetadata> {
        get { sharedParts.value.metadata }
        set { updateParts { $0.metadata = newValue } }
    }

    public var posted: Date? {
        get { packedPosted.date }
        set { packedPosted = PackedDate(newValue) }
    }

    public var completed: Date? {
        get { packedCompleted.date }
        set { packedCompleted = PackedDate(newValue) }
    }

    public var value: Money? {
        get { packedAmounts.isUnpacked ? sharedParts.value.unpackedAmounts?.value.value : packedAmounts.value }
        set { setAmounts(value: newValue, newBalance: newBalance) }
    }

    /// The account balance after this transaction.
    public var newBalance: Money? {
        get { packedAmounts.isUnpacked ? sharedParts.value.unpackedAmounts?.value.newBalance : packedAmounts.newBalance }
        set { setAmounts(value: value, newBalance: newValue) }
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
        self.init(id: id, sharedAccount: Shared(account), sharedCounterparty: counterparty.map(Shared.init), type: type,
                  description: description, posted: posted, completed: completed, value: value,
                  newBalance: newBalance, sharedMetadata: metadata.shared)
    }

    /// For decoders, which give every transaction of a page the same account box, and one box to each of the
    /// page's counterparties.
    init(id: TransactionID, sharedAccount: Shared<AccountRef>, sharedCounterparty: Shared<Counterparty>?, type: String?,
         description: String?, posted: Date?, completed: Date?, value: Money?, newBalance: Money?,
         sharedMetadata: Shared<TransactionMetadata>) {
        let packed = PackedAmounts(value: value, newBalance: newBalance)
        var parts = TransactionParts(account: sharedAccount, counterparty: sharedCounterparty, type: type,
                                     description: description, metadata: sharedMetadata)
        if packed == nil { parts.unpackedAmounts = Shared(UnpackedAmounts(value: value, newBalance: newBalance)) }
        self.id = id
        self.packedAmounts = packed ?? .unpacked
        self.sharedParts = Shared(parts)
        self.packedPosted = PackedDate(posted)
        self.packedCompleted = PackedDate(completed)
    }

    /// Changes one of the shared parts: in a box of this transaction's own, since others may point at this one.
    private mutating func updateParts(_ change: (inout TransactionParts) -> Void) {
        var parts = sharedParts.value
        change(&parts)
        sharedParts = Shared(parts)
    }

    private mutating func setAmounts(value: Money?, newBalance: Money?) {
        let packed = PackedAmounts(value: value, newBalance: newBalance)
        let unpacked = packed == nil ? Shared(UnpackedAmounts(value: value, newBalance: newBalance)) : nil
        packedAmounts = packed ?? .unpacked
        if unpacked != nil || sharedParts.value.unpackedAmounts != nil { updateParts { $0.unpackedAmounts = unpacked } }
    }

    // Written out, not synthesized, so that amounts compare as `Money` does (numerically) however they are stored.
    public static func == (lhs: Transaction, rhs: Transaction) -> Bool {
        lhs.id == rhs.id && lhs.sharedParts == rhs.sharedParts && lhs.packedPosted == rhs.packedPosted
            && lhs.packedCompleted == rhs.packedCompleted && lhs.value == rhs.value && lhs.newBalance == rhs.newBalance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(sharedParts)
        hasher.combine(packedPosted)
        hasher.combine(packedCompleted)
        hasher.combine(value)
        hasher.combine(newBalance)
    }
}

/// Amount and balance as they came, for a transaction whose amounts do not pack.
struct UnpackedAmounts: Sendable, Hashable {
    var value: Money?
    var newBalance: Money?
}
