import ArgumentParser
import BankKit

/// `bankterm counterparties rm ID`: deletes an explicit counterparty, after asking on a terminal.
struct CounterpartiesRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete an explicit counterparty.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CounterpartiesCommand.Target

    @Argument(help: "The counterparty id.")
    var id: CounterpartyID

    @Flag(help: "Do not ask first.")
    var yes = false

    func run() async throws {
        try await OBPCommandRunner.run(global) { obp in
            try Confirmation.require("delete counterparty \(id) of account \(target.account.account)", yes: yes)
            try await obp.deleteCounterparty(id, of: target.account.ref, view: target.view)
        }
    }
}
