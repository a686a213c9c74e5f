import Foundation

/// A transaction request (a payment) as the server reports it, in either of OBP's shapes.
public struct TransactionRequest: Sendable, Hashable {
    public enum Status: Sendable, Hashable {
        case initiated, completed, failed, rejected
        case other(String)

        init(_ text: String) {
            switch text.uppercased() {
            case "INITIATED": self = .initiated
            case "COMPLETED": self = .completed
            case "FAILED": self = .failed
            case "REJECTED": self = .rejected
            default: self = .other(text)
            }
        }

        public var name: String {
            switch self {
            case .initiated: "INITIATED"
            case .completed: "COMPLETED"
            case .failed: "FAILED"
            case .rejected: "REJECTED"
            case .other(let text): text
            }
        }
    }

    /// What must be answered before the payment is made.
    public struct Challenge: Sendable, Hashable {
        public var id: String
        /// Answers left, as the server counts them.
        public var allowedAttempts: Int?
        public var type: String?
    }

    /// The conversion a cross-currency payment is made at, when the server shows it.
    public struct Conversion: Sendable, Hashable {
        public var rate: Decimal
        public var debit: Money?
        public var credit: Money?
    }

    public var id: String
    public var type: String
    public var from: AccountRef
    public var status: Status
    public var amount: Money?
    public var description: String?
    /// The receiver as asked: an account, a counterparty id or an IBAN, in words.
    public var to: String?
    /// The receiver when it was asked for as an account (`to: {bank_id, account_id}`).
    public var toAccount: AccountRef?
    public var transactionIDs: [TransactionID]
    public var started: Date?
    public var ended: Date?
    public var challenge: Challenge?
    public var charge: Money?
    public var conversion: Conversion?

    /// A challenge still waiting for its answer.
    public var pendingChallenge: Challenge? { status == .initiated ? challenge : nil }
}
