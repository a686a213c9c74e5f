import Foundation

extension OBPWire {
    /// `GET /banks/B/accounts/A/views` (v5 adds `is_system`; earlier versions imply it: custom views start with `_`).
    public static func views(_ data: Data) throws(BankError) -> [ViewSummary] {
        let top = try top(data, "views")
        return try list(top, "views", "views").compactMap(view)
    }

    static func view(_ object: JSONObject) -> ViewSummary? {
        guard let id = object.string("id") else { return nil }
        var permissions = Set<ViewPermission>()
        var sawPermission = false
        for key in object.keys where key.hasPrefix("can_") {
            sawPermission = true
            // v5 lists some grants (`can_grant_access_to_views`) as arrays of view names: non-empty means granted.
            let granted = object.count(key).map { $0 > 0 } ?? (object.bool(key) == true)
            if granted { permissions.insert(ViewPermission(rawValue: key)) }
        }
        return ViewSummary(id: ViewID(rawValue: id), shortName: object.string("short_name") ?? id,
                           description: object.string("description") ?? "",
                           isPublic: object.bool("is_public") ?? false,
                           isSystem: object.bool("is_system") ?? !id.hasPrefix("_"),
                           permissions: sawPermission ? permissions : nil)
    }
}
