/// An account, as seen through one view. Fields a view hides are nil.
public struct Account: Sendable, Hashable, Identifiable {
    public var ref: AccountRef
    public var label: String?
    public var number: String?
    public var owners: [String]
    public var type: String?
    public var balance: Money?
    /// IBAN or other routing the server shows for this account.
    public var routings: [Routing]
    /// The views the current user may look through; empty when the provider did not say.
    public var views: [ViewSummary]
    /// The attributes the account JSON lists (`account_attributes`); empty when the server sent none.
    public var attributes: [AccountAttribute]

    public var id: AccountRef { ref }

    public init(ref: AccountRef, label: String? = nil, number: String? = nil, owners: [String] = [],
                type: String? = nil, balance: Money? = nil, routings: [Routing] = [], views: [ViewSummary] = [],
                attributes: [AccountAttribute] = []) {
        self.ref = ref
        self.label = label
        self.number = number
        self.owners = owners
        self.type = type
        self.balance = balance
        self.routings = routings
        self.views = views
        self.attributes = attributes
    }
}

/// An address scheme and value, such as IBAN or BIC.
public struct Routing: Sendable, Hashable, Codable {
    public var scheme: String
    public var address: String

    public init(scheme: String, address: String) {
        self.scheme = scheme
        self.address = address
    }

    /// Servers write the scheme in any case ("IBAN", "iban"); compared byte by byte, since every counterparty of
    /// a page asks.
    public var isIBAN: Bool {
        scheme.utf8.elementsEqual("IBAN".utf8) { $0 & 0xDF == $1 }
    }
}
