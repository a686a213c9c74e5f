import ArgumentParser
import BankKit

/// `bankterm counterparties set ID FIELD VALUE`: one metadata field or alias; a location is "lat, lon".
struct CounterpartiesSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set a metadata field: public_alias, private_alias, more_info, url, image_url, "
            + "open_corporates_url, corporate_location or physical_location (\"lat, lon\").")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "The counterparty (other account) id.")
    var id: String

    @Argument(help: "The field.")
    var field: String

    @Argument(help: "The value.")
    var value: String

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let field = try CounterpartiesCommand.field(field)
            let value = try field.parse(value).get()
            try await obp.setCounterpartyMetadata(field, to: value, of: id, in: target.account.ref, view: target.view)
        }
    }
}
