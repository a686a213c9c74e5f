/// A counterparty field write in flight from the app: a typed text (kept as a draft meanwhile) or a clear.
struct PendingFieldWrite: Sendable, Hashable {
    var target: CounterpartyFieldTarget
    /// nil when the field is being cleared.
    var text: String?

    var draftID: String? { text.map { Draft(field: target, text: $0).id } }
}
