import BankKit

/// Work the reducer asks for; the `EffectRunner` does it off the UI thread and answers with an `Action`.
public enum Effect: Sendable {
    case loadUser
    case loadBanks
    case loadAccounts(bankID: String, generation: Int)
    case loadViews(AccountRef, generation: Int)
    case loadTransactions(PageKey, generation: Int)
    case loadTransaction(AnnotationTarget)
    case write(id: Int, AnnotationTarget, Annotation)
    case loadDrafts
    case saveDrafts([Draft])
    case exportCSV(path: String, list: TransactionList)
    /// A screen's work; its result goes back to that screen as an event.
    case screenTask(screenID: Int, @Sendable (any BankProvider) async -> any Sendable)
    /// Stops the tasks of a closed screen.
    case cancelScreenTasks(screenID: Int)
}
