/// Views as OBP lists them: the full form of the views endpoint, the form inside an account, and the short forms
/// of account lists.
enum ViewRenderer {
    static func full(_ view: ViewDefinition) -> JSON {
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(view.id)),
            .init(key: "short_name", value: .string(view.shortName)),
            .init(key: "description", value: .string(view.description)),
            .init(key: "metadata_view", value: .string(view.id)),
            .init(key: "is_public", value: .bool(view.isPublic)),
            .init(key: "is_system", value: .bool(!view.id.hasPrefix("_"))),
            .init(key: "alias", value: .string(view.alias.rawValue)),
            .init(key: "hide_metadata_if_alias_used", value: .bool(false)),
            .init(key: "can_grant_access_to_views", value: .array([])),
            .init(key: "can_revoke_access_to_views", value: .array([])),
        ]
        members += ViewFlag.allCases.map { .init(key: $0.rawValue, value: .bool(view.can($0))) }
        return .object(members)
    }

    static func inAccount(_ view: ViewDefinition) -> JSON {
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(view.id)),
            .init(key: "short_name", value: .string(view.shortName)),
            .init(key: "description", value: .string(view.description)),
            .init(key: "is_public", value: .bool(view.isPublic)),
            .init(key: "alias", value: .string(view.alias.rawValue)),
            .init(key: "hide_metadata_if_alias_used", value: .bool(false)),
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
