import BankKit

/// What the status bar shows besides key hints. What is loading is derived: `AppState.activity`.
public struct StatusLine: Sendable, Hashable {
    /// Advances on `.tick`; the UI picks a spinner frame from it.
    public internal(set) var spinnerTick = 0
    /// The budget the server reported last.
    public internal(set) var rateLimit: RateLimit?
    /// HTTP requests the provider has sent so far.
    public internal(set) var requestCount = 0
    /// Transaction pages asked of the provider, and pages served from the cache instead, since the start:
    /// what the cache saved.
    public internal(set) var requestedPages = 0
    public internal(set) var cachedPages = 0
    /// The last failure as one line (`BankError.userMessage` or a local refusal); cleared by the next key.
    public internal(set) var error: String? {
        didSet { if let error { lastError = error } }
    }
    /// The last failure, kept after the next key clears `error`: the status bar cuts a long one, and `!` shows it
    /// whole.
    public internal(set) var lastError: String?
    /// A load being tried again, e.g. `stalled, retrying (2/3)`; cleared when a result arrives.
    public internal(set) var retrying: String?
    /// A transient note, e.g. `exported 120 rows to a.csv`; cleared after `infoTicks` ticks.
    public internal(set) var info: String?
    var infoTicksLeft = 0

    /// How many ticks an info message stays (the UI ticks about ten times a second).
    static let infoTicks = 40

    public init() {}
}
