/// What sending a payment came to. `recovered` means the connection broke before the answer arrived, and the
/// request list showed the payment had been made: it must not be sent again.
public enum PaymentSubmission: Sendable, Hashable {
    case sent(TransactionRequest)
    case recovered(TransactionRequest)

    public var request: TransactionRequest {
        switch self {
        case .sent(let request), .recovered(let request): request
        }
    }
}
