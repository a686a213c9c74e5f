import Foundation

extension OBPWire {
    /// One view in full: the answer to a create, an update or a v4/v5.1 grant.
    public static func viewDetails(_ data: Data) throws(BankError) -> ViewDetails {
        let object = try top(data, "view")
        guard let details = viewDetails(object) else {
            throw BankError(kind: .badResponse, message: "view: missing \"id\"")
        }
        return details
    }

    /// `GET /banks/B/accounts/A/views` and `.../permissions/P/PID`, every view in full.
    public static func viewDetailsList(_ data: Data) throws(BankError) -> [ViewDetails] {
        try list(top(data, "views"), "views", "views").compactMap(viewDetails)
    }

    static func viewDetails(_ object: JSONObject) -> ViewDetails? {
        guard let summary = view(object) else { return nil }
        let metadataView = object.string("metadata_view")
        return ViewDetails(summary: summary, metadataView: metadataView?.isEmpty == true ? nil : metadataView,
                           alias: (object.string("alias") ?? object.string("which_alias_to_use"))
                               .flatMap { ViewAlias(rawValue: $0.lowercased()) } ?? .none,
                           hideMetadataIfAliasUsed: object.bool("hide_metadata_if_alias_used") ?? false)
    }

    /// `GET /banks/B/accounts/A/permissions`: who has which views.
    public static func permissions(_ data: Data) throws(BankError) -> [AccessGrant] {
        try list(top(data, "permissions"), "permissions", "permissions").compactMap { entry in
            guard let user = entry.object("user"), let id = user.string("id") ?? user.string("user_id") else { return nil }
            let name = user.string("display_name") ?? user.string("username") ?? id
            return AccessGrant(user: .init(id: UserID(rawValue: id), provider: user.string("provider") ?? "", displayName: name),
                               views: (entry.objects("views") ?? []).compactMap(view))
        }
    }

    /// v4.0.0's and v5.1.0's revoke: `{"revoked": true}`.
    public static func revoked(_ data: Data) throws(BankError) -> Bool {
        try top(data, "revoke").bool("revoked") ?? false
    }
}
