import BankKit

/// Work the reducer asks for; the `EffectRunner` does it off the UI thread and answers with an `Action`.
public enum Effect: Sendable {
    case loadUser
    case loadBanks
    case loadAccounts(bankID: BankID, generation: Int)
    case loadViews(AccountRef, generation: Int)
    case loadTransactions(PageKey, generation: Int)
    case loadTransaction(AnnotationTarget)
    case write(id: Int, AnnotationTarget, Annotation)
    /// Sets a counterparty's metadata field to `text`, or clears it when nil.
    case writeCounterpartyField(id: Int, CounterpartyFieldTarget, text: String?)
    case loadDrafts
    case saveDrafts([Draft])
    case exportCSV(path: String, list: TransactionList)
    /// A screen's work; its result goes back to that screen as an event.
    case screenTask(screenID: Int, @Sendable (any BankProvider) async -> any Sendable)
    /// Stops the tasks of a closed screen.
    case cancelScreenTasks(screenID: Int)
    /// Stops the loads of a lane that leaving made pointless, e.g. the pages of an account just left: they are
    /// cancelled, so a request not yet sent is never sent.
    case cancel(EffectLane)

    /// The lane whose `cancel` stops this effect; nil for effects that must finish (writes, draft saves).
    var lane: EffectLane? {
        switch self {
        case .loadAccounts: .accounts
        case .loadTransactions: .transactions
        default: nil
        }
    }
}

/// Loads a newer intent supersedes.
public enum EffectLane: Sendable, Hashable {
    case accounts
    case transactions
}
