import ArgumentParser
import BankKit
import BrowserModel

/// `bankterm counterparties [list]`: the account's other accounts as the view shows them, with their metadata.
struct CounterpartiesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The account's counterparties.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            let parties = try await obp.otherAccounts(target.account.ref, view: target.view)
            print(Self.render(parties, format: format), terminator: "")
        }
    }

    static let csvFields: [CounterpartyMetadataField] = [.publicAlias, .privateAlias, .moreInfo, .url]

    static func render(_ parties: [Counterparty], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONRecords.render(parties.map(JSONRecords.counterpartyWithMetadata)) + "\n"
        case .csv:
            var csv = CSVWriter()
            csv.append((["id", "name", "is_alias", "number", "iban"] + csvFields.map(\.rawValue)).map { .text($0) })
            for party in parties {
                csv.append(([party.id?.rawValue ?? "", party.holderName ?? "", String(party.isAlias), party.number ?? "", party.iban ?? ""]
                            + csvFields.map { party.metadata?.text(of: $0) ?? "" }).map { .text($0) })
            }
            return csv.text
        case .table:
            var table = TextTable([.init(title: "ID"), .init(title: "NAME", flexible: true), .init(title: "NUMBER / IBAN"),
                                   .init(title: "PRIVATE ALIAS", flexible: true), .init(title: "URL", flexible: true)])
            for party in parties {
                table.append([party.id?.rawValue ?? "", (party.isAlias ? "~ " : "") + (party.holderName ?? ""),
                              party.iban ?? party.number ?? "", party.metadata?.privateAlias ?? "",
                              party.metadata?.url ?? ""])
            }
            return table.render(width: TerminalIO.columns()).map { $0 + "\n" }.joined()
        }
    }
}
