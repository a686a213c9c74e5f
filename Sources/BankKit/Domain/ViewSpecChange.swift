/// What saving `new` over `old` changes, for showing before a PUT is sent: flags switched on and off (in OBP's
/// order) and the settings that differ.
public struct ViewSpecChange: Sendable, Hashable {
    public struct Setting: Sendable, Hashable {
        public var name: String
        public var old: String
        public var new: String
    }

    public var switchedOn: [ViewFlag]
    public var switchedOff: [ViewFlag]
    public var settings: [Setting]

    public init(from old: ViewSpec, to new: ViewSpec) {
        switchedOn = ViewFlag.allCases.filter { new.allowedActions.contains($0) && !old.allowedActions.contains($0) }
        switchedOff = ViewFlag.allCases.filter { old.allowedActions.contains($0) && !new.allowedActions.contains($0) }
        let pairs: [(String, String, String)] = [
            ("description", old.description, new.description),
            ("public", String(old.isPublic), String(new.isPublic)),
            ("alias", Self.name(old.alias), Self.name(new.alias)),
            ("hide metadata if alias", String(old.hideMetadataIfAliasUsed), String(new.hideMetadataIfAliasUsed)),
            ("metadata view", old.metadataView, new.metadataView),
        ]
        settings = pairs.filter { $0.1 != $0.2 }.map { Setting(name: $0.0, old: $0.1, new: $0.2) }
    }

    public var isEmpty: Bool { switchedOn.isEmpty && switchedOff.isEmpty && settings.isEmpty }

    /// One line per change: `+ can_see_tags`, `- can_add_tag`, `alias: public -> none`.
    public var lines: [String] {
        switchedOn.map { "+ \($0.rawValue)" } + switchedOff.map { "- \($0.rawValue)" }
            + settings.map { "\($0.name): \($0.old) -> \($0.new)" }
    }

    private static func name(_ alias: ViewAlias) -> String { alias == .none ? "none" : alias.rawValue }
}
