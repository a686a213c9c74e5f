import ArgumentParser
import BankKit
import BrowserModel

/// `bankterm banks`: the banks the server lists.
struct BanksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "banks", abstract: "List the banks.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let banks = try await provider.banks()
            switch format {
            case .json:
                print(JSONRecords.render(banks.map(JSONRecords.bank)))
            case .csv:
                var csv = CSVWriter()
                csv.append(["id", "short_name", "full_name", "website"].map { .text($0) })
                for bank in banks {
                    csv.append([bank.id.rawValue, bank.shortName, bank.fullName, bank.website ?? ""].map { .text($0) })
                }
                print(csv.text, terminator: "")
            case .table:
                var table = TextTable([.init(title: "ID"), .init(title: "SHORT NAME", flexible: true),
                                       .init(title: "FULL NAME", flexible: true),
                                       .init(title: "WEBSITE", flexible: true)])
                for bank in banks { table.append([bank.id.rawValue, bank.shortName, bank.fullName, bank.website ?? ""]) }
                table.render(width: TerminalIO.columns()).forEach { print($0) }
            }
        }
    }
}
