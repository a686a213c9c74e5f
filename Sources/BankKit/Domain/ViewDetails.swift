/// Which counterparty name a view shows: the real one, or the public or private alias when there is one.
public enum ViewAlias: String, Sendable, Hashable, CaseIterable {
    case none = ""
    case publicAlias = "public"
    case privateAlias = "private"
}

/// A view with everything its definition says (the views endpoints' full form), for showing and editing it.
public struct ViewDetails: Sendable, Hashable, Identifiable {
    public var summary: ViewSummary
    /// The view whose tags, comments and other metadata this one shares; nil when the server did not say.
    public var metadataView: String?
    public var alias: ViewAlias
    public var hideMetadataIfAliasUsed: Bool

    public var id: ViewID { summary.id }
    /// The `can_*` flags that are on.
    public var permissions: Set<ViewPermission> { summary.permissions ?? [] }

    public init(summary: ViewSummary, metadataView: String? = nil, alias: ViewAlias = .none,
                hideMetadataIfAliasUsed: Bool = false) {
        self.summary = summary
        self.metadataView = metadataView
        self.alias = alias
        self.hideMetadataIfAliasUsed = hideMetadataIfAliasUsed
    }
}
