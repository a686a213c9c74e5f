/// An error as OBP sends it: an HTTP status and `OBP-NNNNN: text`, the texts copied from OBP's ErrorMessages.
struct OBPError: Error, Sendable, Equatable {
    let status: Int
    let message: String

    var json: JSON { .obj(["code": .int(status), "message": .string(message)]) }

    static let invalidJSON = OBPError(status: 400, message: "OBP-10001: Incorrect json format.")

    /// A request field that is not what the endpoint reads: OBP-10001 with what is wrong.
    static func invalidJSON(_ detail: String) -> OBPError {
        OBPError(status: 400, message: "OBP-10001: Incorrect json format. \(detail)")
    }
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
    static let userNotFoundByID = OBPError(status: 404, message: "OBP-20005: User not found. Please specify a valid value for USER_ID.")
    static let createEntitlementJSON = OBPError(status: 400, message: "OBP-10001: Incorrect json format. The Json body should be the CreateEntitlementJSON ")
    static let entitlementIsBankRole = OBPError(status: 400, message: "OBP-30205: This entitlement is a Bank Role. Please set bank_id to a valid bank id.")
    static let entitlementIsSystemRole = OBPError(status: 400, message: "OBP-30206: This entitlement is a System Role. Please set bank_id to empty string.")
    static let entitlementAlreadyExists = OBPError(status: 400, message: "OBP-30216: Entitlement already exists for the user.")
    static let entitlementNotFound = OBPError(status: 404, message: "OBP-30212: EntitlementId not found")
    static let customerNotFound = OBPError(status: 404, message: "OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID.")
    static let customerNumberTaken = OBPError(status: 400, message: "OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER.")
    static let customerAlreadyLinked = OBPError(status: 400, message: "OBP-30007: The User is already linked to a Customer at the bank specified by BANK_ID")
    static let createCustomerJSON = OBPError(status: 400, message: "OBP-10001: Incorrect json format. The Json body should be the PostCustomerJsonV310 ")
    static let invalidPassword = OBPError(status: 400, message: "OBP-30207: Invalid Password Format. Your password should EITHER be at least 10 characters long and contain mixed numbers and both upper and lower case letters and at least one special character, OR the length should be > 16 and <= 512.")
    /// OBP's own text here has no OBP code.
    static let usernameTaken = OBPError(status: 409, message: "User with the same username already exists.")
    static let invalidCharacters = OBPError(status: 400, message: "OBP-20011: Value contains invalid characters")
    static let noViewAccess = OBPError(status: 403, message: "OBP-20017: Current user does not have access to the view. Please specify a valid value for VIEW_ID.")
    static let bankNotFound = OBPError(status: 404, message: "OBP-30001: Bank not found. Please specify a valid value for BANK_ID.")
    static let viewNotFound = OBPError(status: 404, message: "OBP-30005: View not found for Account. Please specify a valid value for VIEW_ID")
    static let branchNotFound = OBPError(status: 404, message: "OBP-300010: Branch not found. Please specify a valid value for BRANCH_ID. Or License may not be set. meta.license.id and meta.license.name can not be empty")
    static let counterpartyNotFound = OBPError(status: 404, message: "OBP-30017: Counterparty not found. Please specify a valid value for COUNTERPARTY_ID.")
    static let accountNotFound = OBPError(status: 404, message: "OBP-30018: Bank Account not found. Please specify valid values for BANK_ID and ACCOUNT_ID. ")
    static let transactionNotFound = OBPError(status: 404, message: "OBP-30067: Transaction not found. Please specify a valid value for TRANSACTION_ID.")
    static let invalidAccountID = OBPError(status: 400, message: "OBP-30110: Invalid Account Id. The ACCOUNT_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.")
    static let invalidBankID = OBPError(status: 400, message: "OBP-30111: Invalid Bank Id. The BANK_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.")
    static let unknown = OBPError(status: 500, message: "OBP-50000: Unknown Error.")
    static let bodyTooLarge = OBPError(status: 413, message: "OBP-10001: Incorrect json format. The request body is too large.")

    /// OBP's text when none of `roles` is held (`NewStyle.hasAtLeastOneEntitlement`): the roles joined by " or ",
    /// and the bank named when any of them is a bank role.
    static func missingRoles(_ roles: [Role], bankID: String?) -> OBPError {
        var message = "OBP-20006: User is missing one or more roles: " + roles.map(\.rawValue).joined(separator: " or ")
        if roles.contains(where: \.requiresBankID) { message += " for BankId(\(bankID ?? ""))." }
        return OBPError(status: 403, message: message)
    }

    static func incorrectRoleName(_ name: String) -> OBPError {
        OBPError(status: 400, message: "OBP-10007: Incorrect Role name: \(name). Possible roles are "
                 + Role.allCases.sorted().map(\.rawValue).joined(separator: ", "))
    }

    /// OBP names the missing `can_*` flag after its fixed text.
    static func noPermission(_ flag: String) -> OBPError {
        OBPError(status: 403, message: "OBP-30022: The current view does not have the permission: \(flag)")
    }
}
