import ArgumentParser
import BankKit

/// `bankterm counterparties [list]|show|add|rm|set|unset`: an account's counterparties through a view (the
/// implicit other accounts of its transactions and the explicit ones made on it), their metadata and aliases.
struct CounterpartiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counterparties", abstract: "List, show, add and remove counterparties; set and unset their metadata.",
        subcommands: [CounterpartiesListCommand.self, CounterpartiesShowCommand.self, CounterpartiesAddCommand.self,
                      CounterpartiesRemoveCommand.self, CounterpartiesSetCommand.self, CounterpartiesUnsetCommand.self],
        defaultSubcommand: CounterpartiesListCommand.self)

    /// `--bank --account [--view]`.
    struct Target: ParsableArguments {
        @OptionGroup var account: AccountOptions

        @Option(help: "The view to read and write through.")
        var view: ViewID = "owner"
    }

    /// A metadata field by name, with the names listed when it is not one.
    static func field(_ name: String) throws(BankError) -> CounterpartyMetadataField {
        guard let field = CounterpartyMetadataField(name: name) else {
            throw BankError(kind: .invalidInput, message: "unknown field \"\(name)\": use one of "
                            + CounterpartyMetadataField.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return field
    }
}
