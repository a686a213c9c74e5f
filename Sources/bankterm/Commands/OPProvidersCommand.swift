import ArgumentParser
import BankKit

/// `bankterm op providers`: the other banks of OP's multibank browser flow.
struct OPProvidersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providers", abstract: "List the other banks a customer can pay from (multibank flow).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OPFormatOption

    func run() async throws {
        try await CommandRunner.runMerchant(global) { _, client in
            let providers = try await client.providers()
            if output.isJSON {
                print(JSONRecords.render(providers.map(OPPaymentRecords.provider)))
                return
            }
            var table = TextTable([.init(title: "BANK ID"), .init(title: "NAME", flexible: true)])
            for provider in providers { table.append([provider.bankID, provider.name ?? ""]) }
            print(table.render(width: TerminalIO.columns()).joined(separator: "\n"))
        }
    }
}
