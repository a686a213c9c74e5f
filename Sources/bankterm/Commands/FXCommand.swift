import ArgumentParser
import BankKit
import Foundation

/// `bankterm fx FROM TO --bank B` and `bankterm fx set`: a bank's exchange rates, as JSON.
struct FXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fx", abstract: "Show or set a bank's exchange rate.",
                                                    subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One unit of FROM in TO.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The bank id.")
        var bank: BankID

        @Argument(help: "The currency converted from, e.g. EUR.")
        var from: String

        @Argument(help: "The currency converted to, e.g. GBP.")
        var to: String

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                let rate = try await obp.fxRate(bank: bank, from: try FXCommand.code(from), to: try FXCommand.code(to))
                print(JSONRecords.render(JSONRecords.fxRate(rate)))
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a rate (needs CanCreateFxRate).")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The bank id.")
        var bank: BankID

        @Option(help: "The currency converted from.")
        var from: String

        @Option(help: "The currency converted to.")
        var to: String

        @Option(help: "Units of TO for one unit of FROM.")
        var rate: String

        @Option(help: "Units of FROM for one unit of TO (default 1/rate).")
        var inverse: String?

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                guard let value = FXCommand.decimal(rate), value > 0 else {
                    throw BankError(kind: .invalidInput, message: "--rate must be a positive number")
                }
                let saved = try await obp.setFXRate(FXRate(bankID: bank, from: try FXCommand.code(from), to: try FXCommand.code(to),
                                                           rate: value, inverseRate: inverse.flatMap(FXCommand.decimal)))
                print(JSONRecords.render(JSONRecords.fxRate(saved)))
            }
        }
    }

    static func code(_ text: String) throws -> String {
        try PaymentValidation.currency(text).mapError { BankError(kind: .invalidInput, message: $0.description) }.get()
    }

    static func decimal(_ text: String) -> Decimal? {
        MinorAmount.fractionDigits(text) == nil ? nil : Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
