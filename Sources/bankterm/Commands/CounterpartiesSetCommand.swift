import ArgumentParser
import BankKit

/// `bankterm counterparties set ID FIELD VALUE`: one metadata field or alias; a location is "lat, lon".
struct CounterpartiesSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a metadata field (a location as \"lat, lon\").")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var arguments: CounterpartyFieldArguments

    @Argument(help: "The value.")
    var value: String

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let field = try arguments.metadataField()
            try await obp.setCounterpartyMetadata(field, to: try field.parse(value).get(), of: arguments.id,
                                                  in: arguments.target.account.ref, view: arguments.target.view)
        }
    }
}
