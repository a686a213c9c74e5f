import ArgumentParser
import BankKit

/// `--bank --account --view --tx`: one transaction as one view sees it. Annotations live per view.
struct TxTarget: ParsableArguments {
    @OptionGroup var account: AccountOptions

    @Option(help: "The view to read and annotate through.")
    var view: ViewID = "owner"

    @Option(help: "The transaction id.")
    var tx: TransactionID
}
