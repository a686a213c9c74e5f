/// Entitlements as OBP sends them: `{entitlement_id, role_name, bank_id}`, with `user_id` in v4's lists by user
/// and by bank, and lists wrapped in `{"list": [...]}`.
enum EntitlementRenderer {
    static func entry(_ entitlement: EntitlementRecord, withUserID: Bool = false) -> JSON {
        var members = [
            JSON.Member(key: "entitlement_id", value: .string(entitlement.id)),
            JSON.Member(key: "role_name", value: .string(entitlement.roleName)),
            JSON.Member(key: "bank_id", value: .string(entitlement.bankID)),
        ]
        if withUserID { members.append(JSON.Member(key: "user_id", value: .string(entitlement.userID))) }
        return .object(members)
    }

    static func list(_ entitlements: [EntitlementRecord], withUserID: Bool = false) -> JSON {
        .obj(["list": .array(entitlements.map { entry($0, withUserID: withUserID) })])
    }
}
