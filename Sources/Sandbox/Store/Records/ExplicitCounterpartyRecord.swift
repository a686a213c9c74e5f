/// A counterparty a user created on an account through a view (`POST .../counterparties`), with OBP's routings.
struct ExplicitCounterpartyRecord: Sendable {
    let id: String
    let bankID: String
    let accountID: String
    let viewID: String
    let name: String
    let description: String
    let currency: String
    let createdByUserID: String
    let otherBankRoutingScheme: String
    let otherBankRoutingAddress: String
    let otherBranchRoutingScheme: String
    let otherBranchRoutingAddress: String
    let otherAccountRoutingScheme: String
    let otherAccountRoutingAddress: String
    let otherAccountSecondaryRoutingScheme: String
    let otherAccountSecondaryRoutingAddress: String
    let isBeneficiary: Bool
    /// `[{"key","value"}]` as posted, serialised.
    let bespoke: String
}
