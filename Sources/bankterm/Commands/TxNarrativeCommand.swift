import ArgumentParser
import BankKit
import BrowserModel

struct TxNarrativeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "narrative", abstract: "Set or remove the narrative.",
                                                    subcommands: [Update.self, Remove.self])

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the narrative.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The narrative text.")
        var text: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                let checked = try Annotation.checkedText(.setNarrative, text)
                // The browser removes a narrative saved empty; here `rm` says so in words.
                guard !checked.isEmpty else {
                    throw BrowserModel.ValidationError(message: "type a narrative (narrative rm removes it)")
                }
                try await target.requireKnown(by: provider)
                try await provider.setNarrative(checked, on: target.tx, in: target.account.ref, view: target.view)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove the narrative.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                try await provider.deleteNarrative(on: target.tx, in: target.account.ref, view: target.view)
            }
        }
    }
}
