import ArgumentParser
import BankKit
import BrowserModel

struct TxImageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "image", abstract: "Add or remove an image link.",
                                                    subcommands: [Add.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
                                                        abstract: "Add an image by its http(s) URL; prints its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The image's http(s) URL.")
        var url: String

        @Option(help: "A label for the image.")
        var label: String = ""

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                // The browser's rule, so a bad URL is refused before any request.
                guard case .addImage(let url, let rest) = try Annotation.validated(.addImage, text: url).get(),
                      rest.isEmpty else {
                    throw BrowserModel.ValidationError(message: "an image URL has no spaces; give a label with --label")
                }
                let image = try await provider.addImage(label: label, url: url, to: target.tx,
                                                        in: target.account.ref, view: target.view)
                print(image.id)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove an image by its id.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: TxTarget

        @Argument(help: "The image id (see `tx show`).")
        var imageID: String

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                try await provider.deleteImage(imageID, from: target.tx, in: target.account.ref, view: target.view)
            }
        }
    }
}
