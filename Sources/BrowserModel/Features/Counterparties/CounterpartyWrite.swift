import BankKit

/// A metadata change made on the counterparties screen: while in flight it holds what to restore if it fails;
/// after a failure it stays as a draft that `e` offers again, as transaction annotations keep theirs
/// (Features/Annotations: `PendingWrite` and `Draft`).
public struct CounterpartyWrite: Sendable, Hashable {
    public var counterpartyID: CounterpartyID
    public var field: CounterpartyMetadataField
    /// What was typed; nil when the field was cleared.
    public var text: String?
    /// The counterparty's metadata before the optimistic change.
    var previous: CounterpartyMetadata?
    /// Why it failed, for a draft.
    public var error: String?

    func isFor(_ id: CounterpartyID, _ field: CounterpartyMetadataField) -> Bool { counterpartyID == id && self.field == field }
}
