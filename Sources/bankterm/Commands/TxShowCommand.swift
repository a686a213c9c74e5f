import ArgumentParser
import BankKit

struct TxShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show",
                                                    abstract: "Show a transaction with its annotations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: TxTarget

    @Option(help: "table (one field per line), json or csv.")
    var format: OutputFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let tx = try await provider.transaction(target.account.ref, view: target.view, id: target.tx)
            switch format {
            case .table: print(TransactionOutput.detail(tx), terminator: "")
            case .json: print(JSONRecords.render(JSONRecords.transaction(tx)))
            case .csv: print(TransactionOutput.render([tx], format: .csv), terminator: "")
            }
        }
    }
}
