import ArgumentParser
import BankKit

/// `bankterm account create|label|attr set`: make an account, rename it, set its attributes. Prints JSON.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "account", abstract: "Create, relabel and annotate accounts.",
                                                    subcommands: [Create.self, Label.self, Attr.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Make an account with a zero balance.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The bank id.")
        var bank: BankID

        @Option(help: "The new account's id (v4.0.0 picks one when left out).")
        var id: AccountID?

        @Option(help: "The account's label.")
        var label: String

        @Option(help: "The currency, e.g. EUR.")
        var currency: String

        @Option(help: "A product code; its attributes are copied to the account.")
        var product: String?

        @Option(name: .customLong("user-id"), help: "Make it for another user (needs the CanCreateAccount role).")
        var userID: UserID?

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                let code = try PaymentValidation.currency(currency)
                    .mapError { BankError(kind: .invalidInput, message: $0.description) }.get()
                let ref = try await obp.createAccount(NewAccount(bankID: bank, id: id, label: label, currency: code,
                                                                 productCode: product, userID: userID))
                print(JSONRecords.render(["bank_id": ref.bankID.rawValue, "account_id": ref.accountID.rawValue]))
            }
        }
    }

    struct Label: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "label", abstract: "Give an account a new label.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: AccountOptions

        @Option(help: "The new label.")
        var label: String

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                try await obp.relabel(target.ref, label: label)
                print(JSONRecords.render(["bank_id": target.bank.rawValue, "account_id": target.account.rawValue, "label": label]))
            }
        }
    }

    struct Attr: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "attr", abstract: "Account attributes.",
                                                        subcommands: [Set.self])

        struct Set: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set", abstract: "Create an attribute, or with --id replace it (needs the attribute roles).")

            @OptionGroup var global: GlobalOptions
            @OptionGroup var target: AccountOptions

            @Option(help: "The account's product code.")
            var product: String

            @Option(help: "The attribute's name.")
            var name: String

            @Option(help: "STRING, INTEGER, DOUBLE or DATE_WITH_DAY.")
            var type = "STRING"

            @Option(help: "The value.")
            var value: String

            @Option(help: "An existing attribute's id, to replace it.")
            var id: String?

            func run() async throws {
                try await OBPCommandRunner.run(global) { obp in
                    let saved = try await obp.setAttribute(AccountAttribute(id: id, name: name, type: type, value: value,
                                                                            productCode: product), on: target.ref)
                    print(JSONRecords.render(JSONRecords.accountAttribute(saved)))
                }
            }
        }
    }
}
