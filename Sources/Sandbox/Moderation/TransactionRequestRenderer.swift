import BankKit

/// Transaction requests in OBP's two shapes: v2.1.0's `TransactionRequestWithChargeJSON210` with one `challenge`
/// (also what the list and the single request endpoints show at every version) and v4.0.0's
/// `TransactionRequestWithChargeJSON400` with a `challenges` list.
enum TransactionRequestRenderer {
    static func v210(_ r: TransactionRequestRecord) -> JSON {
        let challenge: JSON = r.challengeID.isEmpty ? .null : .obj([
            "id": .string(r.challengeID),
            "allowed_attempts": .int(attemptsLeft(r)),
            "challenge_type": .string(TransactionRequestType.sandboxTan.rawValue),
        ])
        return .object(common(r) + [
            .init(key: "challenge", value: challenge),
            .init(key: "charge", value: charge(r)),
        ])
    }

    static func v400(_ r: TransactionRequestRecord, version: APIVersion) -> JSON {
        let challenges: [JSON] = r.challengeID.isEmpty ? [] : [.obj([
            "id": .string(r.challengeID),
            "user_id": .string(r.userID),
            "allowed_attempts": .int(attemptsLeft(r)),
            "challenge_type": .string("OBP_TRANSACTION_REQUEST_CHALLENGE"),
            "link": .string("/obp/\(version.rawValue)/banks/\(r.bankID)/accounts/\(r.accountID)/owner/transaction-request-types/\(r.type)/transaction-requests/\(r.id)/challenge"),
        ])]
        return .object(common(r) + [
            .init(key: "challenges", value: .array(challenges)),
            .init(key: "charge", value: charge(r)),
        ])
    }

    static func list(_ requests: [TransactionRequestRecord]) -> JSON {
        .obj(["transaction_requests_with_charges": .array(requests.map(v210))])
    }

    /// Answers left before the request fails; OBP shows its allowance here.
    static func attemptsLeft(_ r: TransactionRequestRecord) -> Int {
        max(0, ChallengePolicy.allowedAttempts - r.challengeAttempts)
    }

    private static func common(_ r: TransactionRequestRecord) -> [JSON.Member] {
        [
            .init(key: "id", value: .string(r.id)),
            .init(key: "type", value: .string(r.type)),
            .init(key: "from", value: .obj(["bank_id": .string(r.bankID), "account_id": .string(r.accountID)])),
            .init(key: "details", value: .raw(Array(r.details.utf8))),
            .init(key: "transaction_ids", value: .array(r.transactionIDs.map(JSON.string))),
            .init(key: "status", value: .string(r.status.rawValue)),
            .init(key: "start_date", value: .string(Timestamp.format(r.startDate))),
            .init(key: "end_date", value: .string(Timestamp.format(r.endDate))),
        ]
    }

    /// The sandbox charges nothing; OBP's summary wording is kept.
    private static func charge(_ r: TransactionRequestRecord) -> JSON {
        .obj(["summary": .string("Total charges for completed transaction"),
              "value": .obj(["currency": .string(r.currency),
                             "amount": .string(MinorAmount.format(0, digits: CurrencyPrecision.digits(r.currency)))])])
    }
}
