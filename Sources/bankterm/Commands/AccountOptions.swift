import ArgumentParser
import BankKit

/// `--bank B --account A`, the address of one account.
struct AccountOptions: ParsableArguments {
    @Option(help: "The bank id.")
    var bank: BankID

    @Option(help: "The account id.")
    var account: AccountID

    var ref: AccountRef { AccountRef(bankID: bank, accountID: account) }
}
