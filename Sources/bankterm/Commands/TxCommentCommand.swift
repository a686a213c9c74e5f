import ArgumentParser
import BankKit
import BrowserModel

struct TxCommentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comment", abstract: "Add or remove a comment.",
                                                    subcommands: [Add.self, TxRemoveCommand<CommentRemoval>.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a comment; prints its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The comment text.")
        var text: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                let checked = try Annotation.checkedText(.addComment, text)
                try await target.requireKnown(by: provider)
                let comment = try await provider.addComment(checked, to: target.tx,
                                                            in: target.account.ref, view: target.view)
                print(comment.id)
            }
        }
    }
}
