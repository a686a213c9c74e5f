import BankKit

/// Views as OBP lists them: the full form of the views endpoints (whose keys depend on the version), the form
/// inside an account, and the short forms of account lists.
enum ViewRenderer {
    /// v1.2.1 to v2.2.0 send the account form; v3.0.0 adds `metadata_view`, `is_system` and the later flags;
    /// v5.0.0 also says which views this view may grant and revoke.
    static func full(_ view: ViewDefinition, version: APIVersion) -> JSON {
        guard version >= .v3_0_0 else { return inAccount(view) }
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(view.id)),
            .init(key: "short_name", value: .string(view.shortName)),
            .init(key: "description", value: .string(view.description)),
            .init(key: "metadata_view", value: .string(view.metadataView)),
            .init(key: "is_public", value: .bool(view.isPublic)),
            .init(key: "is_system", value: .bool(view.isSystem)),
            .init(key: "alias", value: .string(view.alias.rawValue)),
            .init(key: "hide_metadata_if_alias_used", value: .bool(view.hideMetadataIfAliasUsed)),
        ]
        if version >= .v5_0_0 {
            let grantable = JSON.array(view.administers
                ? ViewDefinition.all.filter(\.isSystem).map { .string($0.id) } : [])
            members += [.init(key: "can_grant_access_to_views", value: grantable),
                        .init(key: "can_revoke_access_to_views", value: grantable)]
        }
        members += ViewFlag.allCases.map { .init(key: $0.rawValue, value: .bool(view.can($0))) }
        return .object(members)
    }

    /// One view as the create, update, grant and per-user endpoints send it: v3.0.0's shape in every later version.
    static func single(_ view: ViewDefinition, version: APIVersion) -> JSON {
        full(view, version: min(version, .v3_0_0))
    }

    static func inAccount(_ view: ViewDefinition) -> JSON {
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(view.id)),
            .init(key: "short_name", value: .string(view.shortName)),
            .init(key: "description", value: .string(view.description)),
            .init(key: "is_public", value: .bool(view.isPublic)),
            .init(key: "alias", value: .string(view.alias.rawValue)),
            .init(key: "hide_metadata_if_alias_used", value: .bool(view.hideMetadataIfAliasUsed)),
        ]
        members += ViewFlag.accountViewFlags.map { .init(key: $0.rawValue, value: .bool(view.can($0))) }
        return .object(members)
    }

    static func basic(_ view: ViewDefinition) -> JSON {
        .obj(["id": .string(view.id), "short_name": .string(view.shortName),
              "description": .string(view.description), "is_public": .bool(view.isPublic)])
    }

    static func minimal(_ view: ViewDefinition) -> JSON {
        .obj(["id": .string(view.id), "short_name": .string(view.shortName), "is_public": .bool(view.isPublic)])
    }
}
