import BankKit

/// The OBP calls the payments screen makes as screen tasks. Transaction requests are OBP's alone, so they are not
/// on `BankProvider`; another provider gets a one-line failure instead of a call.
enum PaymentsCalls {
    static func requests(_ account: AccountRef, view: String) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .loaded(await call(provider) { try await $0.transactionRequests(account, view: view) }) }
    }

    static func request(_ account: AccountRef, view: String, id: String) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .reloaded(await call(provider) { try await $0.transactionRequest(account, view: view, id: id) }) }
    }

    /// The POST goes out once: `pay` never repeats it, and neither does this screen.
    static func pay(_ order: PaymentOrder) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .sent(await call(provider) { try await $0.pay(order) }) }
    }

    static func answer(_ request: TransactionRequest, view: String, answer: String) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .answered(await call(provider) { try await $0.answerChallenge(request, view: view, answer: answer) }) }
    }

    private static func call<T: Sendable>(_ provider: any BankProvider,
                                          _ body: @Sendable (OBPProvider) async throws -> T) async -> Result<T, BankError> {
        guard let obp = provider as? OBPProvider else {
            return .failure(BankError(kind: .invalidInput, message: "\(provider.name) has no transaction requests"))
        }
        return await Result.catching { try await body(obp) }
    }
}
