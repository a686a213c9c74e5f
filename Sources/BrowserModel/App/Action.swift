import BankKit

/// Everything that can happen to the state: the user's intents (the UI maps keys to these, see DESIGN.md's
/// key table), text typed into an overlay, and the results of effects.
public enum Action: Sendable {
    /// Sent once by the UI after creating the store: loads the user, the banks and the saved drafts.
    case start

    // Moves: in the focused pane, or in the open picker / help overlay.
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case top
    case bottom
    /// Enter / l / →: open the selection (bank -> accounts -> transactions -> detail), or choose in a picker.
    case open
    /// Esc / h / ←: clear an active filter, else close the deepest pane.
    case back
    case nextPane
    case prevPane

    case pickView
    case addTag
    case removeTag
    case addComment
    case removeComment
    case editNarrative
    case setWhere
    case clearWhere
    case addImage
    case removeImage
    case startFilter
    case nextMatch
    case prevMatch
    /// `r`: reload the focused pane, bypassing the cache.
    case reload
    case commandLine
    case help
    /// Shows the last error whole, in a box (`!`).
    case showLastError
    case quit

    // Text for the open overlay.
    case insert(Character)
    /// Several characters at once (a paste).
    case insertText(String)
    /// Moves the cursor or deletes text in the open prompt or help filter.
    case edit(TextEdit)
    case submit
    case cancel

    /// Rows each pane shows (lists, detail, pickers), after a resize.
    case resize(rows: Int)
    /// Rows one pane shows, when layouts give panes different heights.
    case setVisibleRows(Pane, rows: Int)
    /// What the detail pane or the help overlay holds and shows, measured by the UI after layout.
    case setScrollExtent(ScrollArea, ScrollExtent)
    /// Spinner and message expiry; about ten a second while `AppState.needsTicks`.
    case tick

    /// Messages from the UI itself (e.g. a theme that failed to load).
    case showInfo(String)
    case showError(String)

    case retryDrafts
    case discardDrafts

    /// `:NAME [ARGUMENT]` or a key that opens a screen.
    case openScreen(name: String, argument: String?)
    /// A key the screen on top binds.
    case screenKey(Key)
    /// Rows the screen on top shows, after a resize.
    case setScreenRows(Int)
    /// Tab in the command line: completes a screen name.
    case completeCommand
    /// `y`: the selection's id, IBAN or amount to the terminal's clipboard.
    case copySelection
    /// A mouse click or wheel turn, placed by the UI.
    case pointer(Pointer)

    // Results of effects.
    case userLoaded(Result<User, BankError>)
    case banksLoaded(Result<[Bank], BankError>)
    case accountsLoaded(bankID: BankID, generation: Int, Result<[Account], BankError>)
    case viewsLoaded(AccountRef, generation: Int, Result<[ViewSummary], BankError>)
    case transactionsLoaded(PageKey, generation: Int, Result<TransactionPage, BankError>)
    case transactionLoaded(AnnotationTarget, Result<Transaction, BankError>)
    case writeFinished(id: Int, Result<WriteResult, BankError>)
    /// A counterparty field write answered: nil when it was saved.
    case counterpartyFieldWritten(id: Int, BankError?)
    case providerStatus(rateLimit: RateLimit?, requestCount: Int)
    /// A load is being tried again; the status bar says so until a result arrives.
    case retrying(RetryNotice)
    case draftsLoaded(Result<[Draft], DraftStoreError>)
    case draftsSaved(Result<Int, DraftStoreError>)
    case exportFinished(path: String, Result<Int, ExportError>)
    /// A screen task finished.
    case screenEvent(screenID: Int, payload: any Sendable)
    /// The editor the UI ran for `AppState.editorRequest` number `sequence` has exited.
    case editorFinished(sequence: Int, EditorOutcome)
}

extension Action {
    /// A key the user pressed or text typed, as opposed to a result, a tick or a layout change.
    var isKey: Bool {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open, .back, .nextPane, .prevPane,
             .pickView, .addTag, .removeTag, .addComment, .removeComment, .editNarrative, .setWhere, .clearWhere,
             .addImage, .removeImage,
             .startFilter, .nextMatch, .prevMatch, .reload, .commandLine, .help, .showLastError, .quit,
             .insert, .insertText, .edit, .submit, .cancel, .retryDrafts, .discardDrafts,
             .openScreen, .screenKey, .completeCommand, .copySelection, .pointer:
            true
        case .start, .resize, .setVisibleRows, .setScrollExtent, .tick, .showInfo, .showError,
             .userLoaded, .banksLoaded, .accountsLoaded, .viewsLoaded, .transactionsLoaded, .transactionLoaded,
             .writeFinished, .counterpartyFieldWritten, .providerStatus, .retrying, .draftsLoaded, .draftsSaved,
             .exportFinished, .setScreenRows, .screenEvent, .editorFinished:
            false
        }
    }
}
