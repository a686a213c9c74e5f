/// Every fact bankterm assumes about OP Online Payment (REST API 1.3.1, Browser flow API 1.1.1), in one place.
/// The client, the CLI and the sandbox all read these, so a wrong assumption is corrected here once.
///
/// Verified against OP's own material (op-developer.fi and github.com/op-developer/op-online-payment-api-examples):
/// the base path, the create/status/providers paths, the headers, the signing-string layout and the
/// `Authorization` format, RSA PKCS#1 v1.5 over SHA-256 (OP's script signs with `openssl dgst -sha256 -sign`),
/// the browser-flow path with `paymentOperationId` and `paymentOperationValidation` in the query, the sandbox
/// accountIds that cancel and reject, and OP's example references `RF3517834735` and `1234567978`.
///
/// Assumptions, not published by OP: the refund path, the list of statuses, the shape of `refunds[]`, the HTTP
/// status of each sandbox refusal, and where the browser flow lives for a host other than OP's sandbox.
public enum OPPaymentAPI {
    /// The path every REST endpoint sits under, after the host (`https://sandbox.apis.op.fi/paymentbutton`).
    public static let basePath = "/paymentbutton"
    /// `POST`: create a payment.
    public static let paymentsPath = "/v1/payments"
    /// `GET /v1/payments/multibank/providers`: the other banks of the multibank browser flow.
    public static let providersPath = "/v1/payments/multibank/providers"

    /// `GET`: a payment's status.
    public static func statusPath(_ paymentID: String) -> String { "/v1/payments/\(paymentID)" }

    /// `POST`: refund part or all of a payment. ASSUMPTION: OP's page does not show the refund path.
    public static func refundPath(_ paymentID: String) -> String { "/v1/payments/\(paymentID)/refund" }

    /// The browser flow, at the root of its host: `?paymentOperationId=..&paymentOperationValidation=..`.
    public static let browserFlowPath = "/customer/payment/startPaymentConfirmation"
    /// OP's sandbox serves the browser flow from another host than the REST API (OP's Python example).
    public static let sandboxBrowserFlowHost = "https://api.smn-sandbox.aws.op-palvelut.fi"

    /// Sent, and signed, on every request, GET included.
    public static let contentType = "application/json"
    /// `Authorization: {merchantId}:{algorithm}:{keyVersion}:{signature}`; algorithm 1 is SHA-256.
    public static let algorithm = "1"
    public static let keyVersions = 0...9999
    /// `x-session-id` and `x-request-id` are UUIDs of at most this many characters.
    public static let maxIDLength = 36
    /// How far the `Date` header may be from the server's clock. ASSUMPTION: OP publishes no number; 5 minutes
    /// is the common choice for signed requests.
    public static let dateTolerance: Double = 300

    public static let currency = "EUR"
    public static let languages = ["fi", "sv", "en"]
    public static let defaultLanguage = "fi"
    public static let referenceLength = 2...25
    public static let maxMessageLength = 500

    /// OP's sandbox rule: these accountIds end the browser flow in a cancel or a reject; any other succeeds.
    public static let sandboxCancelAccountID = "71fead42-b248-4fff-8b86-29296eacaf98"
    public static let sandboxRejectAccountID = "eb3b688b-15da-48bd-b2fb-4f3eda501089"

    /// The statuses bankterm's sandbox uses. ASSUMPTION: OP documents only `INITIAL`; the client shows whatever
    /// string comes and treats anything but `INITIAL` as settled.
    public enum Status {
        public static let initial = "INITIAL"
        public static let completed = "COMPLETED"
        public static let cancelled = "CANCELLED"
        public static let rejected = "REJECTED"
    }

    /// `paymentType` of a payment and of a refund (refunds are payments with `refundOf` set). ASSUMPTION.
    public enum PaymentType {
        public static let payment = "PAYMENT"
        public static let refund = "REFUND"
    }

    /// Whether a status can still change by itself (only the browser flow moves a payment on).
    public static func isSettled(_ status: String) -> Bool {
        status.uppercased() != Status.initial
    }
}
