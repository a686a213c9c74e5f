import BankKit

/// What a screen's reducer asks the app for. The app runs tasks off the UI thread and routes their events back
/// to the screen that asked, dropping them when that screen has been closed.
public enum ScreenCommand<Event: Sendable>: Sendable {
    /// Work against the provider, off the UI thread; its result comes back as `.event`.
    case run(@Sendable (any BankProvider) async -> Event)
    /// Close this screen.
    case pop
    /// A transient note in the status bar.
    case inform(String)
    /// A failure, one line, in the status bar until the next key.
    case fail(String)
    /// Ask for one line of text; `validate(field:text:)` checks it as it is typed, Enter sends `.submitted`.
    case prompt(field: String, title: String, text: String)
    /// Ask a yes/no question first (a destructive change); `y` or Enter sends `.confirmed(field)`.
    case confirm(field: String, question: String)
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Open another screen over this one, as `:NAME ARGUMENT` would.
    case openScreen(name: String, argument: String?)
    /// The server changed what a view of the account shows, or which views it has: the browser drops what it
    /// cached through that view and shows the change at once.
    case viewChanged(AccountRef, viewID: ViewID)
    /// Accounts changed on the server (money moved, a new label, a new account): the browser reads them again,
    /// and selects `select` in the open account's list when it shows that transaction.
    case accountsChanged([AccountRef], select: TransactionID?)
    /// Close this screen and browse again from the banks pane: the provider now answers as someone else.
    case restartBrowser
    /// Close this screen and filter the account's transaction list by `text` (as `/` does).
    case filterTransactions(String)
    /// Open `text` in the user's editor (`$EDITOR`, else `$VISUAL`, else `vi`) with the terminal handed over; what
    /// is saved comes back as `.submitted(field:text:)` when `validate` accepts it, else in a prompt showing why.
    /// An editor that fails or leaves the file empty changes nothing, and the status line says so.
    case editText(field: String, title: String, text: String)
    /// Set (or, with nil, clear) a counterparty's metadata field. The app sends it, keeps typed text as a draft
    /// until the server takes it, and tells the screen the outcome (`CounterpartiesEvent.written`).
    case writeCounterpartyField(CounterpartyFieldTarget, text: String?)
}

/// One key of a screen: what it does, its label in the help and the status bar, and why it does nothing now
/// (lazygit's disabled reason), which is also what pressing it says.
public struct ScreenBinding<Event: Sendable>: Sendable {
    public var keys: [Key]
    public var summary: String
    public var hint: String
    public var event: Event
    public var disabledReason: String?

    public init(_ keys: [Key], _ summary: String, hint: String, event: Event, disabledReason: String? = nil) {
        self.keys = keys
        self.summary = summary
        self.hint = hint
        self.event = event
        self.disabledReason = disabledReason
    }
}
