import ArgumentParser
import BankKit

/// `bankterm counterparties unset ID FIELD`: clears one metadata field or alias.
struct CounterpartiesUnsetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unset", abstract: "Clear a metadata field.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var arguments: CounterpartyFieldArguments

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            try await obp.deleteCounterpartyMetadata(try arguments.metadataField(), of: arguments.id,
                                                     in: arguments.target.account.ref, view: arguments.target.view)
        }
    }
}
