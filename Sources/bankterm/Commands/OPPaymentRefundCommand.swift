import ArgumentParser
import BankKit
import BrowserModel
import TerminalUI

/// `bankterm op payment refund ID --amount A (--reference R | --message M)`: gives money back, so it asks first
/// on a terminal (`--yes` skips) and is never retried.
struct OPPaymentRefundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund", abstract: "Refund part or all of a completed payment (asks first; --yes skips).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OPFormatOption

    @Argument(help: "The payment id.")
    var paymentID: String

    @Option(help: "Euros with two decimals, at most what is left of the payment.")
    var amount: String

    @Option(help: "A Finnish or RF reference for the refund.")
    var reference: String?

    @Option(help: "A message for the refund, instead of a reference.")
    var message: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func validate() throws {
        guard (reference == nil) != (message == nil) else {
            throw ValidationError(reference == nil ? "give --reference or --message"
                                  : "give either --reference or --message, not both")
        }
    }

    func run() async throws {
        let note: OPRefund.Note = reference.map { .reference($0) } ?? .message(message ?? "")
        try await CommandRunner.runMerchant(global) { _, client in
            let refund = OPRefund(amount: amount, note: note)
            try refund.validate()
            try Confirmation.require("refund \(amount) EUR of payment \(Sanitizer.clean(paymentID))", yes: yes)
            let result = try await client.refund(paymentID, refund)
            if output.isJSON {
                print(JSONRecords.render(OPPaymentRecords.refund(result, of: paymentID)))
            } else {
                print(OPPaymentRecords.lines([("refund", result.paymentID), ("refund of", paymentID),
                                              ("amount", "\(amount) EUR"),
                                              ("refunded in all", result.totalRefundedAmount.map { "\($0) EUR" }),
                                              ("request", result.requestID)]))
            }
        }
    }
}
