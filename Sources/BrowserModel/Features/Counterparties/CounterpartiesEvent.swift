import BankKit

public enum CounterpartiesEvent: Sendable {
    case loaded(Result<[Counterparty], BankError>)
    /// The account's views, for the flags that decide which keys work.
    case views(Result<[ViewSummary], BankError>)
    /// One page of the account's transactions, for the stats; the next is asked for until a short page.
    case page(Result<Page<Transaction>, BankError>)
    case sortNext
    case reverseSort
    case filter
    case edit
    case clear
    case add
    /// A metadata write the app sent answered (this screen's, or a draft `:retry` sent): nil on success.
    case written(CounterpartyFieldTarget, text: String?, BankError?)
    /// The app's drafts changed: the failed fields show their draft, and `e` offers its text again.
    case drafts([Draft])
    case added(Result<ExplicitCounterparty, BankError>)
}
