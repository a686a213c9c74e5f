/// A counterparty a user made on an account through a view (OBP's explicit counterparty, a payee): where its
/// money goes by routing, and its metadata when the server sent it.
public struct ExplicitCounterparty: Sendable, Hashable, Identifiable {
    public struct Routing: Sendable, Hashable {
        public var scheme: String
        public var address: String

        public init(scheme: String, address: String) {
            self.scheme = scheme
            self.address = address
        }
    }

    public var id: CounterpartyID
    public var name: String
    public var description: String
    public var currency: String
    public var viewID: ViewID
    public var bank: Routing
    public var branch: Routing
    public var account: Routing
    public var secondaryAccount: Routing
    public var isBeneficiary: Bool
    public var bespoke: [Routing]
    public var metadata: CounterpartyMetadata?

    public init(id: CounterpartyID, name: String, description: String = "", currency: String = "", viewID: ViewID = "",
                bank: Routing = Routing(scheme: "", address: ""), branch: Routing = Routing(scheme: "", address: ""),
                account: Routing = Routing(scheme: "", address: ""),
                secondaryAccount: Routing = Routing(scheme: "", address: ""), isBeneficiary: Bool = false,
                bespoke: [Routing] = [], metadata: CounterpartyMetadata? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.currency = currency
        self.viewID = viewID
        self.bank = bank
        self.branch = branch
        self.account = account
        self.secondaryAccount = secondaryAccount
        self.isBeneficiary = isBeneficiary
        self.bespoke = bespoke
        self.metadata = metadata
    }

    /// The IBAN when one of its account routings is one.
    public var iban: String? {
        [account, secondaryAccount].first { $0.scheme.uppercased() == "IBAN" && !$0.address.isEmpty }?.address
    }
}
