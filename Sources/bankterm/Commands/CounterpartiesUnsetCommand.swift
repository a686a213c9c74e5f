import ArgumentParser
import BankKit

/// `bankterm counterparties unset ID FIELD`: clears one metadata field or alias.
struct CounterpartiesUnsetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Clear a metadata field.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "The counterparty (other account) id.")
    var id: String

    @Argument(help: "The field.")
    var field: String

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let field = try CounterpartiesCommand.field(field)
            try await obp.deleteCounterpartyMetadata(field, of: id, in: target.account.ref, view: target.view)
        }
    }
}
