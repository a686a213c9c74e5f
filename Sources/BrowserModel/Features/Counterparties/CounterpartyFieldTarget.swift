import BankKit

/// The counterparty metadata field a write goes to. The metadata is shared across views, but a write goes
/// through one view, whose flags allow it or not, so the view is part of the address.
public struct CounterpartyFieldTarget: Sendable, Hashable, Codable {
    public var provider: String
    public var account: AccountRef
    public var viewID: ViewID
    public var counterpartyID: CounterpartyID
    public var field: CounterpartyMetadataField

    public init(provider: String, account: AccountRef, viewID: ViewID, counterpartyID: CounterpartyID,
                field: CounterpartyMetadataField) {
        self.provider = provider
        self.account = account
        self.viewID = viewID
        self.counterpartyID = counterpartyID
        self.field = field
    }
}
