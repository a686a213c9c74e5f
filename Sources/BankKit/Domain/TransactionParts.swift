/// What a transaction shares with others like it: its account, counterparty, type, description and (unannotated)
/// metadata. A statement repeats a few merchants, so a long list holds one of these per merchant and kind, and
/// each transaction only points at it (see `Transaction.sharedParts`).
public struct TransactionParts: Sendable, Hashable {
    public var account: Shared<AccountRef>
    public var counterparty: Shared<Counterparty>?
    public var type: String?
    public var description: String?
    public var metadata: Shared<TransactionMetadata>
    /// Amount and balance when they do not pack (rare: see `PackedAmounts`); here and not in the transaction, whose
    /// every byte a million rows multiply. Not part of equality: a transaction compares its amounts itself, as
    /// `Money` (numerically), and parts that hold amounts are never shared (`isShareable`).
    var unpackedAmounts: Shared<UnpackedAmounts>?

    public init(account: Shared<AccountRef>, counterparty: Shared<Counterparty>?, type: String?, description: String?,
                metadata: Shared<TransactionMetadata>) {
        self.account = account
        self.counterparty = counterparty
        self.type = type
        self.description = description
        self.metadata = metadata
    }

    /// Whether transactions may share these parts: not when they carry one transaction's amounts.
    public var isShareable: Bool { unpackedAmounts == nil }

    public static func == (lhs: TransactionParts, rhs: TransactionParts) -> Bool {
        lhs.account == rhs.account && lhs.counterparty == rhs.counterparty && lhs.type == rhs.type
            && lhs.description == rhs.description && lhs.metadata == rhs.metadata
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(account)
        hasher.combine(counterparty)
        hasher.combine(type)
        hasher.combine(description)
        hasher.combine(metadata)
    }
}
