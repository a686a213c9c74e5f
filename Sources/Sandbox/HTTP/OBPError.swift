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

    /// OBP names the missing `can_*` flag after its fixed text.
    static func noPermission(_ flag: String) -> OBPError {
        OBPError(status: 403, message: "OBP-30022: The current view does not have the permission: \(flag)")
    }
}
