import ArgumentParser
import BankKit

/// `bankterm counterparties show ID`: one counterparty with every metadata field the view shows.
struct CounterpartiesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One counterparty and its metadata.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "The counterparty (other account) id.")
    var id: CounterpartyID

    @Option(help: "table or json.")
    var format: RecordFormat = .table

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let party = try await obp.otherAccount(id, of: target.account.ref, view: target.view)
            if format == .table {
                print(TransactionOutput.labelled(Self.lines(party)), terminator: "")
            } else {
                print(JSONRecords.render(JSONRecords.counterpartyWithMetadata(party)))
            }
        }
    }

    /// Label and value lines; a field the view hides reads "(hidden by view)". OBP sends null both for a location
    /// the view hides and for one that is not set, and this command does not read the view's flags to tell which.
    static func lines(_ party: Counterparty) -> [(String, String)] {
        var lines = [("id", party.id?.rawValue ?? ""), ("name", party.holderName ?? ""), ("is alias", party.isAlias ? "yes" : "no"),
                     ("number", party.number ?? ""), ("iban", party.iban ?? "")]
        guard let metadata = party.metadata else { return lines + [("metadata", "(hidden by view)")] }
        for field in CounterpartyMetadataField.allCases {
            let missing = field.isLocation ? "(not set, or hidden by view)" : "(hidden by view)"
            lines.append((field.label, metadata.text(of: field) ?? missing))
        }
        return lines
    }
}
