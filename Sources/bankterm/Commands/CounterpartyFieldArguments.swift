import ArgumentParser
import BankKit

/// `ID FIELD --bank --account [--view]`: one metadata field of one counterparty, as `set` and `unset` name it.
struct CounterpartyFieldArguments: ParsableArguments {
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "The counterparty (other account) id.")
    var id: CounterpartyID

    @Argument(help: "The field: public_alias, private_alias, more_info, url, image_url, open_corporates_url, corporate_location or physical_location.")
    var field: String

    func metadataField() throws(BankError) -> CounterpartyMetadataField { try CounterpartiesCommand.field(field) }
}
