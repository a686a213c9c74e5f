import ArgumentParser
import BankKit
import BrowserModel

struct TxTagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "Add or remove a tag.",
                                                    subcommands: [Add.self, TxRemoveCommand<TagRemoval>.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
                                                        abstract: "Add a tag (one word); prints its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The tag, without white space.")
        var value: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                let checked = try Annotation.checkedText(.addTag, value)
                try await target.requireKnown(by: provider)
                let tag = try await provider.addTag(checked, to: target.tx,
                                                    in: target.account.ref, view: target.view)
                print(tag.id)
            }
        }
    }
}
