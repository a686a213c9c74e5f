import ArgumentParser
import BankKit
import BrowserModel

/// `bankterm accounts [--bank B] [--public]`: the user's accounts at one bank or at all banks, or a bank's public
/// accounts.
struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts",
                                                    abstract: "List your accounts (at one bank, or at all banks).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only accounts at this bank.")
    var bank: BankID?

    @Flag(help: "The bank's public accounts instead of yours (needs --bank, no login).")
    var `public` = false

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let accounts: [Account]
            if `public` {
                guard let bank, let obp = provider as? OBPProvider else {
                    throw BankError(kind: .invalidInput, message: "--public needs --bank and an OBP profile")
                }
                accounts = try await obp.publicAccounts(bank: bank)
            } else {
                accounts = try await provider.accounts(bank: bank)
            }
            switch format {
            case .json:
                print(JSONRecords.render(accounts.map(JSONRecords.account)))
            case .csv:
                var csv = CSVWriter()
                csv.append(["bank_id", "account_id", "label", "number", "type", "balance", "currency", "views"]
                    .map { .text($0) })
                for account in accounts {
                    csv.append([.text(account.ref.bankID.rawValue), .text(account.ref.accountID.rawValue), .text(account.label ?? ""),
                                .text(account.number ?? ""), .text(account.type ?? ""),
                                .numeric(account.balance.map(DisplayFormat.amount) ?? ""),
                                .text(account.balance?.currency ?? ""),
                                .text(account.views.map(\.id.rawValue).joined(separator: " "))])
                }
                print(csv.text, terminator: "")
            case .table:
                var table = TextTable([.init(title: "BANK"), .init(title: "ACCOUNT"),
                                       .init(title: "LABEL", flexible: true), .init(title: "TYPE", flexible: true),
                                       .init(title: "BALANCE", alignment: .right), .init(title: "CUR"),
                                       .init(title: "VIEWS", flexible: true)])
                for account in accounts {
                    table.append([account.ref.bankID.rawValue, account.ref.accountID.rawValue, account.label ?? "", account.type ?? "",
                                  account.balance.map(DisplayFormat.amount) ?? "", account.balance?.currency ?? "",
                                  account.views.map(\.id.rawValue).joined(separator: ",")])
                }
                table.render(width: TerminalIO.columns()).forEach { print($0) }
            }
        }
    }
}
