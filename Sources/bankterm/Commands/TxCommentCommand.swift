import ArgumentParser
import BankKit
import BrowserModel

struct TxCommentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comment", abstract: "Add or remove a comment.",
                                                    subcommands: [Add.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a comment; prints its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The comment text.")
        var text: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                let comment = try await provider.addComment(try Annotation.checkedText(.addComment, text), to: target.tx,
                                                            in: target.account.ref, view: target.view)
                print(comment.id)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a comment by its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The comment id (see `tx show`).")
        var commentID: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                try await provider.deleteComment(commentID, from: target.tx, in: target.account.ref, view: target.view)
            }
        }
    }
}
