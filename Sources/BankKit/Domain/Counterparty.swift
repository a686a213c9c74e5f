/// The other side of a transaction as a view shows it. OBP always sends a holder; `isAlias` says the name is
/// an alias the view substitutes for the real one.
public struct Counterparty: Sendable, Hashable {
    public var id: CounterpartyID?
    public var holderName: String?
    public var isAlias: Bool
    public var number: String?
    public var kind: String?
    public var iban: String?
    public var bankName: String?
    /// Nil when the view hides the counterparty's metadata or the server sent none.
    public var metadata: CounterpartyMetadata?

    public init(id: CounterpartyID? = nil, holderName: String? = nil, isAlias: Bool = false, number: String? = nil,
                kind: String? = nil, iban: String? = nil, bankName: String? = nil, metadata: CounterpartyMetadata? = nil) {
        self.id = id
        self.holderName = holderName
        self.isAlias = isAlias
        self.number = number
        self.kind = kind
        self.iban = iban
        self.bankName = bankName
        self.metadata = metadata
    }
}
