import BankKit

/// The errors of transaction requests, challenges, exchange rates and account creation, texts from OBP's
/// ErrorMessages.
extension OBPError {
    static let invalidNumber = OBPError(status: 400, message: "OBP-10002: Invalid Number. Could not convert value to a number.")
    static let invalidCurrencyCode = OBPError(status: 400, message: "OBP-10003: Invalid Currency Value. It should be three letters ISO Currency Code. ")
    static let fxPairNotSupported = OBPError(status: 400, message: "OBP-10004: ISO Currency code combination not supported for FX. Please modify the FROM_CURRENCY_CODE or TO_CURRENCY_CODE. ")
    static let invalidTransactionRequestType = OBPError(status: 400, message: "OBP-40001: Invalid value for TRANSACTION_REQUEST_TYPE")
    static let transactionRequestCurrency = OBPError(status: 400, message: "OBP-40003: Transaction Request Currency must be the same as From Account Currency.")
    static let transactionRequestNotFound = OBPError(status: 404, message: "OBP-40004: Transaction Request Id not found.")
    static let notPositiveAmount = OBPError(status: 400, message: "OBP-40008: Can't send a payment with a value of 0 or less.")
    static let invalidChallengeID = OBPError(status: 400, message: "OBP-40010: Invalid Challenge Id. Please specify a valid value for CHALLENGE_ID.")
    static let statusNotInitiated = OBPError(status: 400, message: "OBP-40011: Transaction Request Status is not INITIATED.")
    static let invalidChargePolicy = OBPError(status: 400, message: "OBP-40013: Invalid Charge Policy. Please specify a valid value for Charge_Policy: SHARED, SENDER or RECEIVER. ")
    static let attemptsUsedUp = OBPError(status: 400, message: "OBP-40014: Sorry, you've used up your allowed attempts. ")
    static let challengeExpired = OBPError(status: 400, message: "OBP-20211: The One Time Password (OTP) has expired.  Current expiration time is \(ChallengePolicy.timeToLiveSeconds) seconds")
    static let invalidBalanceCurrency = OBPError(status: 400, message: "OBP-30105: Invalid Balance Currency.")
    static let initialBalanceMustBeZero = OBPError(status: 400, message: "OBP-30109: Initial Balance of Account must be Zero (0).")
    static let invalidInitialBalance = OBPError(status: 400, message: "OBP-30112: Invalid Number. Initial balance must be a number, e.g 1000.00")
    static let accountIDExists = OBPError(status: 400, message: "OBP-30208: Account_ID already exists at the Bank.")
    static let counterpartyExists = OBPError(status: 400, message: "OBP-30014: Counterparty already exists. Please specify a different value for BANK_ID or ACCOUNT_ID or VIEW_ID or NAME.")

    /// OBP-40016 with the TTL and attempts filled in, as OBP's answer endpoint sends it.
    static let invalidChallengeAnswer = OBPError(status: 400, message: "OBP-40016: Invalid Challenge Answer. Please specify a valid value for answer in Json body. The challenge answer may be expired (\(ChallengePolicy.timeToLiveSeconds) seconds).Or you've used up your allowed attempts (\(ChallengePolicy.allowedAttempts) times).Or if connector = mapped and transactionRequestType_OTP_INSTRUCTION_TRANSPORT = DUMMY and suggested_default_sca_method=DUMMY, the answer must be `123`. ")

    static func typeHasChanged(expected: String, given: String) -> OBPError {
        OBPError(status: 400, message: "OBP-40009: The TRANSACTION_REQUEST_TYPE has changed. It should be :'\(expected)', but current value (\(given)) ")
    }

    static func overPaymentLimit(_ currency: String) -> OBPError {
        OBPError(status: 400, message: "OBP-10035: Incorrect json value. the payment amount is over the payment limit(\(PaymentValidation.paymentLimit) \(currency))")
    }

    static func invalidAmount(_ reason: String) -> OBPError {
        OBPError(status: 400, message: "OBP-10002: Invalid Number. Could not convert value to a number. \(reason)")
    }

    /// OBP-40002, naming the view permission the request needs.
    static func cannotCreateTransactionRequest(view: String, flag: ViewFlag) -> OBPError {
        OBPError(status: 403, message: "OBP-40002: Insufficient authorisation to create TransactionRequest. The view \(view) does not have the permission \(flag.rawValue).")
    }
}
