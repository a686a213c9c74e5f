import ArgumentParser
import BankKit

/// `bankterm op reference BASE [--rf]`: the Finnish reference for an invoice number (its check digit appended),
/// or its RF form. Works offline; no profile needed.
struct OPReferenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Make a Finnish payment reference from a number (e.g. 123456 -> 1234561); --rf for the RF form.")

    @OptionGroup var output: OPFormatOption

    @Argument(help: "The base number: 3 to 19 digits (an invoice or customer number).")
    var base: String

    @Flag(help: "Print the international RF form (ISO 11649) instead.")
    var rf = false

    func run() async throws {
        try await CommandRunner.reportingErrors {
            let digits = base.replacingOccurrences(of: " ", with: "")
            guard let reference = PaymentReference.finnish(base: digits),
                  let international = PaymentReference.rf(reference) else {
                throw BankError(kind: .invalidInput, message: "the base of a Finnish reference is 3 to 19 digits")
            }
            if output.isJSON {
                print(JSONRecords.render(["base": digits, "reference": reference, "rf": international]))
            } else {
                print(rf ? international : reference)
            }
        }
    }
}
