import ArgumentParser
import BankKit
import BrowserModel

struct TxWhereCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "where",
                                                    abstract: "Set or remove where the transaction happened.",
                                                    subcommands: [Update.self, Remove.self])

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the location.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        // Unconditional parsing: a negative coordinate such as -33.86 is a value, not an option.
        @Option(name: .customLong("lat"), parsing: .unconditional, help: "Latitude, -90...90.")
        var latitude: Double

        @Option(name: .customLong("lon"), parsing: .unconditional, help: "Longitude, -180...180.")
        var longitude: Double

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                _ = try Annotation.checkedText(.setWhere, "\(latitude), \(longitude)")
                try await target.requireKnown(by: provider)
                try await provider.setWhere(GeoTag(latitude: latitude, longitude: longitude), on: target.tx,
                                            in: target.account.ref, view: target.view)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove the location.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                try await provider.deleteWhere(on: target.tx, in: target.account.ref, view: target.view)
            }
        }
    }
}
