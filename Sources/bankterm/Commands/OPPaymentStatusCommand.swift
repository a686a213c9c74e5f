import ArgumentParser
import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// `bankterm op payment status ID [--watch]`: the payment as OP sees it; `--watch` asks again until the browser
/// flow has ended (every request counts against OP's daily quota, hence the interval).
struct OPPaymentStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show a payment's status; --watch polls until it settles.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OPFormatOption

    @Argument(help: "The payment id (from `op payment create`).")
    var paymentID: String

    @Flag(help: "Ask again until the status is no longer INITIAL.")
    var watch = false

    @Option(help: "Seconds between two questions with --watch.")
    var interval: Double = 3

    func validate() throws {
        guard interval >= 0.2 else { throw ValidationError("--interval must be at least 0.2 seconds") }
    }

    func run() async throws {
        try await CommandRunner.runMerchant(global) { _, client in
            var status = try await client.status(paymentID)
            while watch, !status.isSettled {
                TerminalIO.writeError("\(Self.clock()) \(Sanitizer.clean(status.status)): waiting for the browser flow")
                try await Task.sleep(for: .seconds(interval))
                status = try await client.status(paymentID)
            }
            print(output.isJSON ? JSONRecords.render(OPPaymentRecords.status(status))
                                : OPPaymentRecords.statusLines(status))
        }
    }

    private static func clock() -> String {
        String(HTTPDate.format(Date()).split(separator: " ")[4])
    }
}
