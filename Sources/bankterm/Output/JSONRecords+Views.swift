import BankKit
import Foundation

/// The records of the views and access commands (see README, "Views and access").
extension JSONRecords {
    /// A view with every flag OBP defines, true or false, plus any other flag the server sent as true.
    static func viewDetails(_ view: ViewDetails) -> [String: Any] {
        var flags = [String: Any]()
        for flag in ViewFlag.allCases { flags[flag.rawValue] = view.permissions.contains(ViewPermission(flag)) }
        for permission in view.permissions where flags[permission.rawValue] == nil { flags[permission.rawValue] = true }
        return ["id": view.id.rawValue, "short_name": view.summary.shortName, "description": view.summary.description,
                "is_public": view.summary.isPublic, "is_system": view.summary.isSystem,
                "alias": view.alias == .none ? "none" : view.alias.rawValue,
                "metadata_view": view.metadataView ?? NSNull(),
                "hide_metadata_if_alias_used": view.hideMetadataIfAliasUsed, "flags": flags]
    }

    static func accessGrant(_ grant: AccessGrant) -> [String: Any] {
        ["user_id": grant.user.id.rawValue, "username": grant.user.displayName, "provider": grant.user.provider,
         "views": grant.views.map(\.id.rawValue)]
    }
}
