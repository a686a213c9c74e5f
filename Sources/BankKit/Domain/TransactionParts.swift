/// What a transaction shares with others like it: its account, counterparty, type, description and (unannotated)
/// metadata. A statement repeats a few merchants, so a long list holds one of these per merchant and kind, and
/// each transaction only points at it (see `Transaction.sharedParts`).
public struct TransactionParts: Sendable, Hashable {
    public var account: Shared<AccountRef>
    public var counterparty: Shared<Counterparty>?
    public var type: String?
    public var description: String?
    public var metadata: Shared<TransactionMetadata>

    public init(account: Shared<AccountRef>, counterparty: Shared<Counterparty>?, type: String?, description: String?,
                metadata: Shared<TransactionMetadata>) {
        self.account = account
        self.counterparty = counterparty
        self.type = type
        self.description = description
        self.metadata = metadata
    }
}
