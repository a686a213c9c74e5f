import ArgumentParser
import BankKit

/// `bankterm op payment create`: one signed create, never retried; prints the payment id and the URL the
/// customer's browser opens.
struct OPPaymentCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a payment; prints its id and the browser-flow URL for the customer.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OPFormatOption

    @Option(help: "Euros with two decimals, e.g. 10.00.")
    var amount: String

    @Option(help: "A Finnish reference (e.g. 1234561, see `op reference`) or an RF reference.")
    var reference: String

    @Option(name: .customLong("return-url"), help: "Where the customer comes back after paying (not localhost).")
    var returnURL: String

    @Option(name: .customLong("cancel-url"), help: "Where a cancelled payment goes (default: the return URL).")
    var cancelURL: String?

    @Option(name: .customLong("reject-url"), help: "Where a rejected payment goes (default: the return URL).")
    var rejectURL: String?

    @Option(help: "The language of OP's pages: fi (default), sv or en.")
    var language: String?

    @Option(name: .customLong("message"), help: "A message to the customer, at most 500 characters (deprecated by OP).")
    var messageToCustomer: String?

    func run() async throws {
        try await CommandRunner.runMerchant(global) { _, client in
            let created = try await client.create(OPNewPayment(
                amount: amount, reference: reference, returnURL: returnURL, cancelURL: cancelURL,
                rejectURL: rejectURL, language: language, messageToCustomer: messageToCustomer))
            if output.isJSON {
                print(JSONRecords.render(OPPaymentRecords.created(created)))
            } else {
                print(OPPaymentRecords.lines([("payment", created.paymentID), ("browser", created.browserFlowURL),
                                              ("request", created.requestID)]))
            }
        }
    }
}
