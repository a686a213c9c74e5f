import BankKit

/// A screen pushed over the browser and opened by name (`:branches`), as k9s opens its resources. A feature is
/// one folder under `Features/`: the conforming type is its state, `Event` its actions, `handle` its reducer,
/// `presentation` what TerminalUI draws; `ScreenRegistry` lists it in one line. A feature sees only its own
/// state and what `ScreenContext` tells it about where it was opened.
public protocol ScreenFeature: Sendable {
    associatedtype Event: Sendable

    /// What `:` opens it by; also its breadcrumb segment.
    static var name: String { get }
    /// One line for the `:` listing and the help.
    static var summary: String { get }
    /// The screen opened from where the user is, or why it cannot open there (one line).
    static func open(_ context: ScreenContext, argument: String?) -> Result<Self, ScreenRefusal>
    /// Why the provider has nothing for this screen at all (OP has no transaction requests), else nil: `:` Tab
    /// then does not offer it, nor does the help offer a key that opens it, and `open` refuses with this.
    static func unavailable(in context: ScreenContext) -> ScreenRefusal?

    /// The pane title, e.g. `Branches of Bank X (3)`.
    var title: String { get }
    /// The keys this screen adds to moving, opening and going back, each with why it is disabled right now.
    var bindings: [ScreenBinding<Event>] { get }
    /// Work to start when the screen opens (`reload` false) and on `r` (true).
    mutating func load(reload: Bool) -> [ScreenCommand<Event>]
    /// The reducer: a move, Enter, Esc, text typed into one of its prompts, or one of its own events.
    mutating func handle(_ input: ScreenInput<Event>) -> [ScreenCommand<Event>]
    /// Checks text typed into one of its prompts as it is typed; the refusal shows under the prompt.
    func validate(field: String, text: String) -> String?
    /// The draft to keep when the app quits while `text` is typed into one of its prompts; nil lets it go.
    func draft(field: String, text: String) -> Draft?
    /// What to draw: a pure function of the state, building only the rows on screen.
    var presentation: ScreenPresentation { get }
    /// What it is loading, for the status bar; nil when idle.
    var activity: String? { get }
    /// What Enter does here, for the key hints and the help; nil on a screen where it does nothing, so neither
    /// offers it.
    var openLabel: String? { get }
}

extension ScreenFeature {
    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? { nil }
    public var openLabel: String? { "open" }
    public func validate(field: String, text: String) -> String? { nil }
    public func draft(field: String, text: String) -> Draft? { nil }
}

/// Why a screen cannot open here, e.g. "open a bank first".
public struct ScreenRefusal: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
