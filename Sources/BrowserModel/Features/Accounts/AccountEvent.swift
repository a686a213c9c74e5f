import BankKit

/// The account screen's keys and the answers of its tasks.
public enum AccountEvent: Sendable {
    case loaded(Result<Account, BankError>)
    /// `L`: ask for a new label.
    case relabel
    case relabeled(Result<String, BankError>)
    /// `n`: the new-account form.
    case newAccount
    /// `e`: edit the form's field under the cursor.
    case edit
    /// `s`: ask to create the account.
    case create
    case created(Result<AccountRef, BankError>)
}
