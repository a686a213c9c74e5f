/// An account to create, and what the server answered. `id` nil lets the server pick one (v4.0.0's POST).
public struct NewAccount: Sendable, Hashable {
    public var bankID: BankID
    public var id: AccountID?
    public var label: String
    public var currency: String
    public var productCode: String?
    /// nil makes it for the logged-in user; another user needs the CanCreateAccount role.
    public var userID: UserID?

    public init(bankID: BankID, id: AccountID? = nil, label: String, currency: String, productCode: String? = nil,
                userID: UserID? = nil) {
        self.bankID = bankID
        self.id = id
        self.label = label
        self.currency = currency
        self.productCode = productCode
        self.userID = userID
    }
}

/// An account attribute: STRING, INTEGER, DOUBLE or DATE_WITH_DAY.
public struct AccountAttribute: Sendable, Hashable {
    public var id: String?
    public var name: String
    public var type: String
    public var value: String
    public var productCode: String?

    public init(id: String? = nil, name: String, type: String, value: String, productCode: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.value = value
        self.productCode = productCode
    }

    public static let types = ["STRING", "INTEGER", "DOUBLE", "DATE_WITH_DAY"]
}
