import BankKit
import Foundation

/// The OBP calls the payments screen makes as screen tasks. Transaction requests are OBP's alone, so they are not
/// on `BankProvider`; another provider gets a one-line failure instead of a call.
enum PaymentsCalls {
    static func requests(_ account: AccountRef, view: ViewID) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .loaded(await call(provider) { try await $0.transactionRequests(account, view: view) }) }
    }

    static func request(_ account: AccountRef, view: ViewID, id: String) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .reloaded(await call(provider) { try await $0.transactionRequest(account, view: view, id: id) }) }
    }

    /// The POST goes out once: `pay` never repeats it, and neither does this screen.
    static func pay(_ order: PaymentOrder) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .sent(await call(provider) { try await $0.pay(order) }) }
    }

    static func answer(_ request: TransactionRequest, view: ViewID, answer: String) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in .answered(await call(provider) { try await $0.answerChallenge(request, view: view, answer: answer) }) }
    }

    /// The receivers the picker offers: the user's accounts (any provider lists them) and, on OBP, the paying
    /// account's explicit counterparties and its other accounts with an IBAN; a list the view cannot show leaves
    /// the rest.
    static func choices(_ account: AccountRef, view: ViewID) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in
            let accounts = await Result.catching { try await provider.accounts(bank: nil) }
            let obp = provider as? OBPProvider
            let counterparties = (try? await obp?.explicitCounterparties(account, view: view)) ?? []
            let others = (try? await obp?.otherAccounts(account, view: view)) ?? []
            return .choicesLoaded(accounts.map {
                PaymentChoice.list(payer: account, accounts: $0, counterparties: counterparties, others: others)
            })
        }
    }

    /// The balances and rates the confirmation shows. Each is read on its own and may be missing (a receiver that
    /// is not the user's, a view without balances, a pair without a rate): the confirmation then says it is
    /// unknown, and the server still decides.
    static func quote(_ order: PaymentOrder) -> @Sendable (any BankProvider) async -> PaymentsEvent {
        { provider in
            let payer = try? await provider.account(order.from, view: order.view)
            var receiver: Account?
            if case .account(let ref) = order.to { receiver = try? await provider.account(ref, view: "owner") }
            var rates: [String: Decimal] = [:]
            let currencies = Set([payer?.balance?.currency, receiver?.balance?.currency].compactMap { $0 })
            for currency in currencies.sorted() where currency != order.amount.currency {
                rates[currency] = try? await (provider as? OBPProvider)?
                    .fxRate(bank: order.from.bankID, from: order.amount.currency, to: currency).rate
            }
            return .quoted(PaymentQuote(order: order, payer: payer, receiver: receiver, rates: rates))
        }
    }

    /// An OBP-only call, or one line saying the provider has none (the account screen makes its writes so too).
    static func call<T: Sendable>(_ provider: any BankProvider,
                                          _ body: @Sendable (OBPProvider) async throws -> T) async -> Result<T, BankError> {
        guard let obp = provider as? OBPProvider else {
            return .failure(BankError(kind: .invalidInput, message: "\(provider.name) has no transaction requests"))
        }
        return await Result.catching { try await body(obp) }
    }
}
