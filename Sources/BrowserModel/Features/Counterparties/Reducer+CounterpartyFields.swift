import BankKit

/// Counterparty metadata writes go through the app, as transaction annotations do: typed text is a draft on disk
/// from the moment it is sent until the server takes it, a refusal keeps it with its reason, and `:retry` sends
/// it again, also after a restart and with the counterparties screen closed. Open counterparties screens are
/// told each outcome and the drafts, to roll back or show them.
extension AppState {
    mutating func writeCounterpartyField(_ target: CounterpartyFieldTarget, text: String?) -> [Effect] {
        let id = nextWriteID
        nextWriteID += 1
        pendingFieldWrites[id] = PendingFieldWrite(target: target, text: text)
        var effects: [Effect] = [.writeCounterpartyField(id: id, target, text: text)]
        if let text {
            keepDraft(Draft(field: target, text: text))
            effects.append(.saveDrafts(drafts))
            effects += tellScreensAboutDrafts()
        }
        return effects
    }

    mutating func counterpartyFieldWritten(id: Int, _ error: BankError?) -> [Effect] {
        guard let pending = pendingFieldWrites.removeValue(forKey: id) else { return [] }
        let label = pending.target.field.label
        var effects: [Effect] = []
        if let error {
            let message = "could not save the \(label): \(error.userMessage)"
            if let text = pending.text {
                fail(message + " (kept as a draft: :retry)")
                keepDraft(Draft(field: pending.target, text: text, error: error.userMessage))
                effects.append(.saveDrafts(drafts))
            } else {
                fail(message)
            }
        } else {
            inform(pending.text == nil ? "cleared the \(label)" : "saved the \(label)")
            let before = drafts.count
            // Only the draft of this text: a newer edit of the field keeps its own.
            drafts.removeAll { $0.id == pending.draftID && $0.typedText == pending.text }
            if drafts.count != before { effects.append(.saveDrafts(drafts)) }
        }
        let outcome = CounterpartiesEvent.written(pending.target, text: pending.text, error)
        return effects + tellScreens(outcome) + tellScreensAboutDrafts()
    }

    /// Gives every open screen the drafts as they are now; screens that do not show drafts ignore it.
    mutating func tellScreensAboutDrafts() -> [Effect] {
        tellScreens(CounterpartiesEvent.drafts(drafts))
    }

    private mutating func tellScreens(_ payload: any Sendable) -> [Effect] {
        screens.map(\.id).flatMap { signal($0, .payload(payload)) }
    }
}
