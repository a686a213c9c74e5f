import ArgumentParser
import BankKit

/// `--bank B --account A`, the address of one account.
struct AccountOptions: ParsableArguments {
    @Option(help: "The bank id.")
    var bank: String

    @Option(help: "The account id.")
    var account: String

    var ref: AccountRef { AccountRef(bankID: bank, accountID: account) }
}
