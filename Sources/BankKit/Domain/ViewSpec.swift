import Foundation

/// What a custom view should be: the body of OBP's create (with its name) and update (without) requests.
/// `allowedActions` lists the flags to switch on; every other flag is off.
public struct ViewSpec: Sendable, Hashable {
    public var description: String
    /// Empty: the view keeps its own metadata.
    public var metadataView: String
    public var isPublic: Bool
    public var alias: ViewAlias
    public var hideMetadataIfAliasUsed: Bool
    public var allowedActions: Set<ViewFlag>

    public init(description: String = "", metadataView: String = "", isPublic: Bool = false, alias: ViewAlias = .none,
                hideMetadataIfAliasUsed: Bool = false, allowedActions: Set<ViewFlag> = []) {
        self.description = description
        self.metadataView = metadataView
        self.isPublic = isPublic
        self.alias = alias
        self.hideMetadataIfAliasUsed = hideMetadataIfAliasUsed
        self.allowedActions = allowedActions
    }

    /// The specification of an existing view, to change a few things and send it back. Flags the server sent
    /// that this client does not know are dropped: OBP has no way to send them back.
    public init(copying view: ViewDetails) {
        self.init(description: view.summary.description, metadataView: view.metadataView ?? "",
                  isPublic: view.summary.isPublic, alias: view.alias,
                  hideMetadataIfAliasUsed: view.hideMetadataIfAliasUsed,
                  allowedActions: Set(view.permissions.compactMap { ViewFlag(rawValue: $0.rawValue) }))
    }

    /// The JSON body; `name` only for a create.
    func body(name: String?) -> [String: Any] {
        var body: [String: Any] = [
            "description": description, "metadata_view": metadataView, "is_public": isPublic,
            "which_alias_to_use": alias.rawValue, "hide_metadata_if_alias_used": hideMetadataIfAliasUsed,
            "allowed_actions": ViewFlag.allCases.filter(allowedActions.contains).map(\.rawValue),
        ]
        if let name { body["name"] = name }
        return body
    }
}
