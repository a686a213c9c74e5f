import ArgumentParser
import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// `bankterm pay`: one payment (an OBP transaction request), confirmed first on a terminal, then its challenge
/// when the amount needs one. Prints the request as JSON.
struct PayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pay",
                                                    abstract: "Pay from an account to an account, a counterparty or an IBAN.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("from-bank"), help: "The paying account's bank.")
    var fromBank: BankID

    @Option(name: .customLong("from-account"), help: "The paying account.")
    var fromAccount: AccountID

    @Option(help: "The view to pay through.")
    var view: ViewID = "owner"

    @Option(name: .customLong("to-bank"), help: "The receiving account's bank (with --to-account).")
    var toBank: BankID?

    @Option(name: .customLong("to-account"), help: "The receiving account (with --to-bank).")
    var toAccount: AccountID?

    @Option(name: .customLong("to-counterparty"), help: "A counterparty id of the paying account.")
    var toCounterparty: CounterpartyID?

    @Option(name: .customLong("to-iban"), help: "The receiver's IBAN.")
    var toIBAN: String?

    @Option(help: "The amount, e.g. 12.50.")
    var amount: String

    @Option(help: "The currency, e.g. EUR.")
    var currency: String

    @Option(help: "The description the statements show.")
    var description: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Option(help: "The challenge answer, for scripts (else asked for on a terminal).")
    var answer: String?

    func validate() throws {
        let destinations = [toAccount != nil || toBank != nil, toCounterparty != nil, toIBAN != nil].filter { $0 }.count
        guard destinations == 1 else {
            throw ValidationError("give one receiver: --to-bank with --to-account, --to-counterparty or --to-iban")
        }
        if toAccount != nil || toBank != nil, toAccount == nil || toBank == nil {
            throw ValidationError("--to-bank and --to-account go together")
        }
        // As the browser's form refuses it: money going nowhere is a mistyped receiver.
        if toBank == fromBank, toAccount == fromAccount {
            throw ValidationError("--to-account is the account paying")
        }
    }

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let order = try makeOrder()
            // Reading the account first renews an expired token (a POST is never sent twice) and shows the balance.
            let account = try await obp.account(order.from, view: view)
            if !yes, let confirmed = TerminalIO.confirm(summary(order, balance: account.balance)), !confirmed {
                throw BankError(kind: .invalidInput, message: "not sent")
            }
            let submission = try await obp.pay(order)
            if case .recovered = submission {
                TerminalIO.writeError("note: the connection broke, but the request list shows the payment was made")
            }
            let settled = try await ChallengePrompt.settle(submission.request, answer: answer, view: view, obp: obp)
            print(JSONRecords.render(JSONRecords.transactionRequest(settled)))
            // Printed first, so a script has the request; a payment not made yet is still not a success.
            if settled.pendingChallenge != nil {
                throw BankError(kind: .invalidInput, message: "not paid yet: " + ChallengePrompt.waiting(settled))
            }
        }
    }

    private func makeOrder() throws -> PaymentOrder {
        let code = try PaymentValidation.currency(currency).mapError(Self.invalid).get()
        let minor = try PaymentValidation.amount(amount, currency: code).mapError(Self.invalid).get()
        let destination: PaymentOrder.Destination
        if let toBank, let toAccount {
            destination = .account(AccountRef(bankID: toBank, accountID: toAccount))
        } else if let toCounterparty {
            destination = .counterparty(id: toCounterparty)
        } else {
            destination = .iban(try PaymentValidation.iban(toIBAN ?? "").mapError(Self.invalid).get())
        }
        let digits = CurrencyPrecision.digits(code)
        return PaymentOrder(from: AccountRef(bankID: fromBank, accountID: fromAccount), view: view, to: destination,
                            amount: Money(amount: Decimal(minor) / pow(10, digits), currency: code), description: description)
    }

    private func summary(_ order: PaymentOrder, balance: Money?) -> String {
        let from = "\(order.from)" + (balance.map { " (balance \(DisplayFormat.amount($0)) \($0.currency))" } ?? "")
        return Sanitizer.clean("Pay \(order.amountText) \(order.amount.currency) from \(from) to \(order.destinationText): \"\(order.description)\"?")
    }

    private static func invalid(_ problem: PaymentValidation.Problem) -> BankError {
        BankError(kind: .invalidInput, message: problem.description)
    }
}
