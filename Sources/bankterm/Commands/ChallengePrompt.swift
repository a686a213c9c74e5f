import BankKit
import BrowserModel
import TerminalUI

/// Answers a transaction request's challenge: with the given answer once, or on a terminal by asking until it
/// is right or no attempts are left. Each answer is its own POST, sent once.
enum ChallengePrompt {
    static func settle(_ request: TransactionRequest, answer: String?, view: ViewID, obp: OBPProvider) async throws -> TransactionRequest {
        guard var challenge = request.pendingChallenge else { return request }
        if let answer {
            do {
                return try await obp.answerChallenge(request, view: view, answer: answer)
            } catch var error as BankError {
                // The request stays: without its id a script would pay again and make a second one. After a broken
                // connection whether the answer arrived is unknown, so it says where to look rather than to answer.
                error.message += "; " + (error.kind == .network
                    ? "look at transaction request \(request.id) (`bankterm payments show \(arguments(request))`) before paying again"
                    : waiting(request))
                throw error
            }
        }
        var current = request
        while true {
            let left = challenge.allowedAttempts.map { " (\($0) attempt\($0 == 1 ? "" : "s") left)" } ?? ""
            guard let typed = TerminalIO.readSecret(prompt: "Challenge answer\(left): ") else { return current }
            do {
                return try await obp.answerChallenge(current, view: view, answer: typed)
            } catch let error as BankError where error.code == "OBP-40016" {
                TerminalIO.writeError("error: " + Sanitizer.clean(error.userMessage))
                current = try await obp.transactionRequest(current.from, view: view, id: current.id)
                guard let next = current.pendingChallenge else { return current }
                challenge = next
            }
        }
    }

    /// Where a request that waits for its answer is answered, for a message.
    static func waiting(_ request: TransactionRequest) -> String {
        "the payment waits as transaction request \(request.id) (`bankterm payments answer \(arguments(request)) ANSWER`)"
    }

    private static func arguments(_ request: TransactionRequest) -> String {
        "--bank \(request.from.bankID) --account \(request.from.accountID) \(request.id)"
    }
}
