/// An error as OBP sends it: an HTTP status and `OBP-NNNNN: text`, the texts copied from OBP's ErrorMessages.
struct OBPError: Error, Sendable, Equatable {
    let status: Int
    let message: String

    var json: JSON { .obj(["code": .int(status), "message": .string(message)]) }

    static let invalidJSON = OBPError(status: 400, message: "OBP-10001: Incorrect json format.")
    static let invalidURL = OBPError(status: 400, message: "OBP-10017: Incorrect URL Format. ")
    static let tooManyRequests = OBPError(status: 429, message: "OBP-10018: Too Many Requests.")
    static let sortDirection = OBPError(status: 400, message: "OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!")
    static let offset = OBPError(status: 400, message: "OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!")
    static let limit = OBPError(status: 400, message: "OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!")
    static let dateFormat = OBPError(status: 400, message: "OBP-10026: Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!")
    static let notFound = OBPError(status: 404, message: "OBP-10404: Request Not Found. The server has not found anything matching the Request-URI.Check your URL and the headers. NOTE: when it is POST or PUT api, the Content-Type must be `application/json`. OBP only support the json format body.")
    static let resourceDoesNotExist = OBPError(status: 404, message: "OBP-10405: Resource does not exist.")
    static let notLoggedIn = OBPError(status: 401, message: "OBP-20001: User not logged in. Authentication is required!")
    static let missingLoginParameters = OBPError(status: 400, message: "OBP-20002: These DirectLogin parameters are missing: username, password, consumer_key")
    static let invalidToken = OBPError(status: 401, message: "OBP-20003: This DirectLogin token is invalid or expired:")
    static let invalidCredentials = OBPError(status: 401, message: "OBP-20004: Invalid login credentials. Check username/password.")
    static let invalidConsumerKey = OBPError(status: 401, message: "OBP-20008: Invalid Consumer Key.")
    static let invalidCharacters = OBPError(status: 400, message: "OBP-20011: Value contains invalid characters")
    static let noViewAccess = OBPError(status: 403, message: "OBP-20017: Current user does not have access to the view. Please specify a valid value for VIEW_ID.")
    static let bankNotFound = OBPError(status: 404, message: "OBP-30001: Bank not found. Please specify a valid value for BANK_ID.")
    static let viewNotFound = OBPError(status: 404, message: "OBP-30005: View not found for Account. Please specify a valid value for VIEW_ID")
    static let counterpartyNotFound = OBPError(status: 404, message: "OBP-30017: Counterparty not found. Please specify a valid value for COUNTERPARTY_ID.")
    static let accountNotFound = OBPError(status: 404, message: "OBP-30018: Bank Account not found. Please specify valid values for BANK_ID and ACCOUNT_ID. ")
    static let transactionNotFound = OBPError(status: 404, message: "OBP-30067: Transaction not found. Please specify a valid value for TRANSACTION_ID.")
    static let invalidAccountID = OBPError(status: 400, message: "OBP-30110: Invalid Account Id. The ACCOUNT_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.")
    static let invalidBankID = OBPError(status: 400, message: "OBP-30111: Invalid Bank Id. The BANK_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.")
    static let unknown = OBPError(status: 500, message: "OBP-50000: Unknown Error.")
    static let bodyTooLarge = OBPError(status: 413, message: "OBP-10001: Incorrect json format. The request body is too large.")

    static let userNotFoundByID = OBPError(status: 404, message: "OBP-20005: User not found. Please specify a valid value for USER_ID.")
    static let systemViewsCanNotBeModified = OBPError(status: 400, message: "OBP-20021: System Views can not be modified. Only the created views can be modified.")
    static let userNotFoundByProvider = OBPError(status: 404, message: "OBP-20104: User not found by PROVIDER and PROVIDER_ID.")
    static let cannotFindAccountAccess = OBPError(status: 404, message: "OBP-30065: Cannot find account access.")
    static let systemViewNotFound = OBPError(status: 404, message: "OBP-30252: System view not found. Please specify a valid value for VIEW_ID")

    /// OBP-20020, with OBP's own suffix naming the offending name.
    static func invalidCustomViewName(_ name: String) -> OBPError {
        OBPError(status: 400, message: "OBP-20020: Custom view name/view_id must start with `_`. eg: _work, _life. Current view_name (\(name))")
    }

    /// A request field that is not what the endpoint reads: OBP-10001 with what is wrong.
    static func invalidJSON(_ detail: String) -> OBPError {
        OBPError(status: 400, message: "OBP-10001: Incorrect json format. \(detail)")
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

    /// OBP names the missing `can_*` flag after its fixed text.
    static func noPermission(_ flag: String) -> OBPError {
        OBPError(status: 403, message: "OBP-30022: The current view does not have the permission: \(flag)")
    }
}
