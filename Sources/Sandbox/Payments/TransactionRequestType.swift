/// The transaction request types the sandbox serves, and from which version OBP has each one's endpoint.
enum TransactionRequestType: String, CaseIterable, Sendable {
    case sandboxTan = "SANDBOX_TAN"
    case account = "ACCOUNT"
    case accountOTP = "ACCOUNT_OTP"
    case counterparty = "COUNTERPARTY"
    case sepa = "SEPA"
    case simple = "SIMPLE"
    /// Needs the CanCreateAnyTransactionRequest role; pays the sending account itself, as OBP's does.
    case freeForm = "FREE_FORM"

    /// v2.1.0 brought SANDBOX_TAN, COUNTERPARTY, SEPA and FREE_FORM; v4.0.0 ACCOUNT, ACCOUNT_OTP and SIMPLE.
    var since: APIVersion {
        switch self {
        case .sandboxTan, .counterparty, .sepa, .freeForm: .v2_1_0
        case .account, .accountOTP, .simple: .v4_0_0
        }
    }

    /// Whether creating one answers with v4.0.0's `challenges` list: OBP creates SANDBOX_TAN requests with
    /// v2.1.0's endpoint at every version, and every type with it before v4.0.0.
    func usesChallengeList(at version: APIVersion) -> Bool {
        self != .sandboxTan && version >= .v4_0_0
    }

    static func served(at version: APIVersion) -> [TransactionRequestType] {
        allCases.filter { $0.since <= version }
    }
}
