import BankKit
import Foundation

/// The body of a view create (`POST .../views`) or update (`PUT .../views/VIEW_ID`), as OBP's `CreateViewJson`
/// and `UpdateViewJSON`. A field left out of an update keeps its value; OBP's own examples send every field.
struct ViewSpecification: Sendable {
    var name: String?
    var description: String?
    var metadataView: String?
    var isPublic: Bool?
    var whichAlias: String?
    var hideMetadataIfAliasUsed: Bool?
    var flags: Set<ViewFlag>?

    /// Reads the body; a field of the wrong type, or an `allowed_actions` name OBP does not know, is a 400 that
    /// names it (OBP itself ignores unknown names, so a typo silently switches a permission off).
    init(_ body: [String: Any]) throws {
        name = try Self.field(body, "name")
        description = try Self.field(body, "description")
        metadataView = try Self.field(body, "metadata_view")
        isPublic = try Self.field(body, "is_public")
        whichAlias = try Self.field(body, "which_alias_to_use")
        hideMetadataIfAliasUsed = try Self.field(body, "hide_metadata_if_alias_used")
        if let actions = body["allowed_actions"], !(actions is NSNull) {
            guard let names = actions as? [String] else {
                throw OBPError.invalidJSON("allowed_actions must be a list of can_* names.")
            }
            var flags = Set<ViewFlag>()
            for name in names {
                if let flag = ViewFlag(actionName: name) {
                    flags.insert(flag)
                } else if !ViewFlag.otherActionNames.contains(name) {
                    throw OBPError.invalidJSON("Unknown action in allowed_actions: \(name)")
                }
            }
            self.flags = flags
        }
    }

    /// OBP makes a view's id from its name: spaces dropped, lower case.
    static func viewID(forName name: String) -> String {
        name.replacingOccurrences(of: " ", with: "").lowercased()
    }

    /// The view this specification makes from `base` (a new view starts from nothing).
    func applied(to base: ViewDefinition) -> ViewDefinition {
        ViewDefinition(id: base.id, shortName: base.shortName, description: description ?? base.description,
                       isPublic: isPublic ?? base.isPublic,
                       alias: whichAlias.map(ViewDefinition.Alias.init(whichAliasToUse:)) ?? base.alias,
                       flags: flags ?? base.flags, metadataView: metadataView ?? base.metadataView,
                       hideMetadataIfAliasUsed: hideMetadataIfAliasUsed ?? base.hideMetadataIfAliasUsed)
    }

    private static func field<T>(_ body: [String: Any], _ key: String) throws -> T? {
        guard let value = body[key], !(value is NSNull) else { return nil }
        guard let typed = value as? T else { throw OBPError.invalidJSON("\(key) has the wrong type.") }
        return typed
    }
}
