/// A transaction request as stored: what was asked, where the money goes, and how far it got. Amounts are decimal
/// texts in their currency's precision; `debitAmount` is in the sender's currency, `creditAmount` in
/// `creditCurrency` (the receiver's), both fixed when the request is made, at the rate it shows.
struct TransactionRequestRecord: Sendable {
    enum Status: String, Sendable {
        case initiated = "INITIATED"
        case completed = "COMPLETED"
        case failed = "FAILED"
        case rejected = "REJECTED"
    }

    let id: String
    let bankID: String
    let accountID: String
    let type: String
    var status: Status
    /// The request body as posted, serialised: OBP shows it back as `details`.
    let details: String
    let currency: String
    let amount: String
    let description: String
    let chargePolicy: String
    /// The receiving account when it is one of the sandbox's; empty for an external receiver.
    let toBankID: String
    let toAccountID: String
    /// The receiver's name and routing address (IBAN or account number) as the sender's statement shows them.
    let toName: String
    let toRouting: String
    let userID: String
    let startDate: Int64
    var endDate: Int64
    var transactionIDs: [String]
    /// Empty when no challenge was asked.
    let challengeID: String
    var challengeAttempts: Int
    let debitAmount: String
    let creditCurrency: String
    let creditAmount: String
    /// Units of `creditCurrency` per unit of `currency`; "1" within one currency.
    let rate: String

    var isInternal: Bool { !toAccountID.isEmpty }
}
