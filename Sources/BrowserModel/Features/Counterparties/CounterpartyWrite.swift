import BankKit

/// A metadata change made on the counterparties screen, while in flight: what to restore if it fails. The app
/// sends it and keeps its text as a draft (`Draft`, as transaction annotations keep theirs).
public struct CounterpartyWrite: Sendable, Hashable {
    public var counterpartyID: CounterpartyID
    public var field: CounterpartyMetadataField
    /// What was typed; nil when the field was cleared.
    public var text: String?
    /// The counterparty's metadata before the optimistic change.
    var previous: CounterpartyMetadata?

    func isFor(_ id: CounterpartyID, _ field: CounterpartyMetadataField) -> Bool { counterpartyID == id && self.field == field }
}
