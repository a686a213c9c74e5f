import ArgumentParser
import BankKit

/// `bankterm counterparties add NAME --iban IBAN | --to-bank B --to-account A [--currency C]`: makes an explicit
/// counterparty, checked before it is sent (the IBAN's check digits, the currency, the description's length).
struct CounterpartiesAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Make an explicit counterparty (a payee).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "Its name, unique on the account and view.")
    var name: String

    @Option(help: "Its IBAN.")
    var iban: String?

    @Option(name: .customLong("to-bank"), help: "Or: the bank id of an account at this OBP server.")
    var toBank: BankID?

    @Option(name: .customLong("to-account"), help: "With --to-bank: the account id.")
    var toAccount: AccountID?

    @Option(help: "Its currency (required from v4.0.0).")
    var currency = "EUR"

    @Option(help: "A description of at most 36 characters.")
    var description = ""

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let destination: NewCounterparty.Destination
            switch (iban, toBank, toAccount) {
            case (let iban?, nil, nil): destination = .iban(iban)
            case (nil, let bank?, let account?): destination = .obpAccount(bankID: bank, accountID: account)
            default: throw BankError(kind: .invalidInput, message: "give either --iban, or --to-bank and --to-account")
            }
            let made = try await obp.createCounterparty(
                NewCounterparty(name: name, destination: destination, currency: currency, description: description),
                on: target.account.ref, view: target.view)
            print(JSONRecords.render(JSONRecords.explicitCounterparty(made)))
        }
    }
}
