import BankKit

/// Everything the UI renders. A value: the reducer changes it, the UI reads it.
public struct AppState: Sendable {
    public internal(set) var profileName: String
    /// `BankProvider.name`, part of every cache key.
    public internal(set) var providerName: String
    public internal(set) var capabilities: ProviderCapabilities
    public internal(set) var user: User?
    /// The theme the UI should apply; `:theme NAME` changes it.
    public internal(set) var themeName: String
    /// Shown in the header for as long as it is set, e.g. TLS verification switched off for this profile.
    public var headerWarning: String?

    /// The deepest pane opened: the navigation stack is `banks ... depth` (see `navigation`).
    public internal(set) var depth: Pane = .banks
    /// The pane that receives moves; always within the navigation stack.
    public internal(set) var focus: Pane = .banks

    public internal(set) var banks = BankList()
    public internal(set) var accounts = AccountList()
    public internal(set) var transactions = TransactionList()
    public internal(set) var detail = TransactionDetail()
    public internal(set) var overlay: Overlay?
    public internal(set) var status = StatusLine()

    /// Annotations and counterparty fields not saved yet, retryable with `:retry`, dropped with `:discard`.
    public internal(set) var drafts: [Draft] = []
    var pendingWrites: [Int: PendingWrite] = [:]
    /// Counterparty metadata writes in flight (`Features/Counterparties`), numbered from `nextWriteID` too.
    var pendingFieldWrites: [Int: PendingFieldWrite] = [:]
    var nextWriteID = 1
    public internal(set) var cache: PageCache
    /// Start prefetching the next page when the cursor is this close to the end of what is loaded.
    public internal(set) var prefetchDistance: Int

    public internal(set) var shouldQuit = false

    /// Screens opened over the browser (`:branches`), the last on top; empty while browsing.
    public internal(set) var screens: [ScreenEntry] = []
    var nextScreenID = 0
    /// Rows a screen's list shows, as the UI last measured them.
    var screenRows = 20
    /// The last copy asked for (`y`); the UI writes each sequence number once.
    public internal(set) var clipboard: ClipboardRequest?
    var clipboardSequence = 0
    /// Text a screen wants edited in the user's editor; the UI runs the editor once per sequence number.
    public internal(set) var editorRequest: EditorRequest?
    var editorSequence = 0

    public init(profileName: String = "default", providerName: String, capabilities: ProviderCapabilities,
                themeName: String = "default", pageLimit: Int = PageRequest.defaultLimit,
                cacheCapacity: Int = 200_000, prefetchDistance: Int = 20) {
        self.profileName = profileName
        self.providerName = providerName
        self.capabilities = capabilities
        self.themeName = themeName
        self.cache = PageCache(capacity: cacheCapacity)
        self.prefetchDistance = prefetchDistance
        transactions.pageLimit = max(1, pageLimit)
    }

    public init(profileName: String = "default", provider: any BankProvider, themeName: String = "default",
                pageLimit: Int = PageRequest.defaultLimit) {
        self.init(profileName: profileName, providerName: provider.name, capabilities: provider.capabilities,
                  themeName: themeName, pageLimit: pageLimit)
    }

    /// The open panes, from banks to the deepest.
    public var navigation: [Pane] { Pane.allCases.filter { $0 <= depth } }

    /// Writes in flight.
    public var pendingWriteCount: Int { pendingWrites.count + pendingFieldWrites.count }

    /// Drafts plus writes in flight: what quitting now could lose.
    /// A write with typed text is already a draft while in flight, so only deletions count on their own.
    public var unsavedCount: Int {
        drafts.count + pendingWrites.values.filter { $0.annotation.typedText == nil }.count
            + pendingFieldWrites.values.filter { $0.text == nil }.count
    }

    /// Lines for the status bar saying what is loading, e.g. `transactions page 3 (100 loaded)`.
    public var activity: [String] {
        var lines: [String] = []
        if banks.isLoading { lines.append("banks") }
        if accounts.isLoading { lines.append("accounts of \(accounts.bankID ?? "")") }
        if transactions.isLoadingViews { lines.append("views") }
        if transactions.isLoading || transactions.isLoadingNext {
            lines.append("transactions page \(transactions.pagesLoaded + 1) (\(transactions.count) loaded)")
        }
        if detail.isLoading { lines.append("transaction") }
        if !pendingWrites.isEmpty { lines.append("saving \(pendingWrites.count)") }
        if let screen = topScreen?.screen.activity { lines.append(screen) }
        return lines
    }

    public var isBusy: Bool { !activity.isEmpty }

    /// Whether the UI should keep sending `.tick`: a spinner turns or an info message is due to expire.
    public var needsTicks: Bool { isBusy || status.info != nil }
}
