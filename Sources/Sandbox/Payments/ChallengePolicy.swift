/// When a transaction request must wait for a challenge and how answers are judged, with OBP's defaults:
/// `transactionRequests_challenge_threshold` 1000 EUR, `transactionRequest.challenge.ttl.seconds` 600,
/// `answer_transactionRequest_challenge_allowed_attempts` 3, and the mapped connector's answer `123`.
public struct ChallengePolicy: Sendable, Hashable {
    public var thresholdAmount: String
    public var thresholdCurrency: String

    public static let timeToLiveSeconds: Int64 = 600
    public static let allowedAttempts = 3
    public static let sandboxAnswer = "123"

    public init(thresholdAmount: String = "1000", thresholdCurrency: String = "EUR") {
        self.thresholdAmount = thresholdAmount
        self.thresholdCurrency = thresholdCurrency
    }

    /// OBP's v2.1.0 documentation accepts, in sandbox mode, any positive integer as the answer (Hello-OBP sends
    /// `123456`); from v3.0.0 on the answer must be the mapped connector's `123`.
    static func accepts(_ answer: String, version: APIVersion) -> Bool {
        if version >= .v3_0_0 { return answer == sandboxAnswer }
        guard let number = Int(answer) else { return false }
        return number > 0
    }
}
