import BankKit

/// The browser's keys: DESIGN.md's key table, exactly. The help overlay is generated from `bindings`.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    private let lookup: [Key: Command]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var lookup: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys { lookup[key] = binding.command }
        }
        self.lookup = lookup
    }

    public func command(for key: Key) -> Command? { lookup[key] }

    /// The first binding for `command`, for key hints in the status bar.
    public func binding(for command: Command) -> KeyBinding? { bindings.first { $0.command == command } }

    /// The bindings that do something for a provider with `capabilities`, as the help overlay and the key hints
    /// offer them: without views (OP) there is no `v` and no `:view`, without images no `i`, and no key for a
    /// screen the provider lacks (`p` without transaction requests). The keys themselves stay bound, so they
    /// still say why there is nothing to do.
    public func available(for capabilities: ProviderCapabilities) -> KeyMap {
        KeyMap(bindings: bindings.compactMap { binding in
            if let screen = binding.command.screen,
               screen.type.unavailable(in: ScreenContext(providerName: "", capabilities: capabilities)) != nil {
                return nil
            }
            switch binding.command {
            case .pickView where !capabilities.supportsViews,
                 .addImage where !capabilities.supportsImages, .removeImage where !capabilities.supportsImages:
                return nil
            case .commandLine where !capabilities.supportsViews:
                var binding = binding
                binding.summary = KeyMap.commandLineSummary(views: false)
                return binding
            default:
                return binding
            }
        })
    }

    /// Fits the help's description column at 80 columns, so the last command is not cut off there.
    static func commandLineSummary(views: Bool) -> String {
        "commands (" + (views ? ":view NAME, " : "") + ":bank ID, :theme NAME, :export csv FILE)"
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding([.up, .character("k")], .moveUp, "move up"),
        KeyBinding([.down, .character("j")], .moveDown, "move down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.pageDown], .pageDown, "page down"),
        KeyBinding([.character("g"), .home], .top, "go to the top"),
        KeyBinding([.character("G"), .end], .bottom, "go to the bottom"),
        KeyBinding([.enter, .character("l"), .right], .open, "open (bank → accounts → transactions → detail)"),
        KeyBinding([.escape, .character("h"), .left], .back, "back"),
        KeyBinding([.tab], .nextPane, "next pane"),
        KeyBinding([.backTab], .previousPane, "previous pane"),
        KeyBinding([.character("v")], .pickView, "pick the view for this account"),
        KeyBinding([.character("t")], .addTag, "add a tag"),
        KeyBinding([.character("T")], .removeTag, "remove a tag"),
        KeyBinding([.character("c")], .addComment, "add a comment"),
        KeyBinding([.character("C")], .deleteComment, "delete a comment"),
        KeyBinding([.character("e")], .editNarrative, "edit the narrative"),
        KeyBinding([.character("w")], .setWhere, "set the where location (lat, lon)"),
        KeyBinding([.character("W")], .clearWhere, "clear the where location"),
        KeyBinding([.character("i")], .addImage, "add an image (URL, then a label)"),
        KeyBinding([.character("I")], .removeImage, "remove an image"),
        KeyBinding([.character("/")], .filter, "filter the list"),
        KeyBinding([.character("n")], .nextMatch, "next match"),
        KeyBinding([.character("N")], .previousMatch, "previous match"),
        KeyBinding([.character("r")], .reload, "reload (bypass the cache)"),
        KeyBinding([.character("b")], .branches, "the bank's branches (:branches)"),
        KeyBinding([.character("o")], .counterparty, "open the counterparty of this transaction (:counterparties)"),
        KeyBinding([.character("y")], .copy, "copy the id, IBAN or amount selected"),
        KeyBinding([.character("p")], .pay, "pay from this account (:pay)"),
        KeyBinding([.character("L")], .relabel, "relabel the selected account"),
        KeyBinding([.character(":")], .commandLine, commandLineSummary(views: true)),
        KeyBinding([.character("?")], .help, "help (this list; / filters it)"),
        KeyBinding([.character("!")], .lastError, "the last error in full"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit"),
    ])
}
