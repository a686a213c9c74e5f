/// The errors of the views and access endpoints, texts from OBP's ErrorMessages (issue 12).
extension OBPError {
    static let systemViewsCanNotBeModified = OBPError(status: 400, message: "OBP-20021: System Views can not be modified. Only the created views can be modified.")
    static let userNotFoundByProvider = OBPError(status: 404, message: "OBP-20104: User not found by PROVIDER and PROVIDER_ID.")
    static let cannotFindAccountAccess = OBPError(status: 404, message: "OBP-30065: Cannot find account access.")
    static let systemViewNotFound = OBPError(status: 404, message: "OBP-30252: System view not found. Please specify a valid value for VIEW_ID")

    /// OBP-20020, with OBP's own suffix naming the offending name.
    static func invalidCustomViewName(_ name: String) -> OBPError {
        OBPError(status: 400, message: "OBP-20020: Custom view name/view_id must start with `_`. eg: _work, _life. Current view_name (\(name))")
    }

    /// OBP's answer when none of the caller's views has an administrative flag such as `can_create_custom_view`.
    static func viewDoesNotPermit(_ flag: String) -> OBPError {
        OBPError(status: 403, message: "OBP-20022: View does not permit the access. You need the `\(flag)` permission on any your views")
    }

    static func customViewExists(bankID: String, accountID: String, viewID: String) -> OBPError {
        OBPError(status: 400, message: "OBP-30266: The custom view is already exists. Current BankId(\(bankID)), AccountId(\(accountID)), ViewId(\(viewID)).")
    }

    static func cannotDeleteCustomView(_ reason: String) -> OBPError {
        OBPError(status: 400, message: "OBP-30256: Could not delete the custom view. \(reason)")
    }

    static func cannotGrant(_ reason: String) -> OBPError {
        OBPError(status: 400, message: "OBP-30063: Cannot grant account access. \(reason)")
    }

    static func cannotRevoke(_ reason: String) -> OBPError {
        OBPError(status: 400, message: "OBP-30064: Cannot revoke account access. \(reason)")
    }

    /// OBP-20047 / OBP-20048: the caller's views may not grant (revoke) the target view.
    static func lacksAccessPermission(granting: Bool, viewID: String, userID: String) -> OBPError {
        let text = granting
            ? "OBP-20047: If target viewId is system view,  the current view.can_grant_access_to_views does not contains it. Orif target viewId is custom view, the current view.can_grant_access_to_custom_views is false."
            : "OBP-20048: If target viewId is system view,  the current view.can_revoke_access_to_views does not contains it. Orif target viewId is custom view, the current view.can_revoke_access_to_custom_views is false."
        return OBPError(status: 403, message: text + "Current ViewId(\(viewID)) and current UserId(\(userID))")
    }

    /// v5.1.0's OBP-20084 to OBP-20087: the source view in the path may not grant (revoke) the target view.
    static func sourceViewLacks(granting: Bool, sourceViewID: String, targetViewID: String) -> OBPError {
        let system = !targetViewID.hasPrefix("_")
        let text = switch (granting, system) {
        case (true, true): "OBP-20084: The current source view.can_grant_access_to_views does not contains target view."
        case (true, false): "OBP-20085: The current source view.can_grant_access_to_custom_views is false."
        case (false, true): "OBP-20086: The current source view.can_revoke_access_to_views does not contains target view."
        case (false, false): "OBP-20087: The current source view.can_revoke_access_to_custom_views is false."
        }
        return OBPError(status: 403, message: text + "Current source viewId(\(sourceViewID)) and target viewId (\(targetViewID))")
    }
}
