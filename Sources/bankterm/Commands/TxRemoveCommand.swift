import ArgumentParser
import BankKit

/// What `tx KIND rm ID` removes: tags, comments and images are each deleted by id, through the chosen view.
protocol TxRemovable {
    static var noun: String { get }
    static func remove(_ id: String, from tx: TransactionID, in account: AccountRef, view: ViewID,
                       provider: any BankProvider) async throws
}

/// `tx tag rm`, `tx comment rm`, `tx image rm`: one command for the three.
struct TxRemoveCommand<Kind: TxRemovable>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rm", abstract: "Remove the \(Kind.noun) with this id.")
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: TxTarget

    @Argument(help: ArgumentHelp("The \(Kind.noun) id (see `tx show`).", valueName: "id"))
    var id: String

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            try await Kind.remove(id, from: target.tx, in: target.account.ref, view: target.view, provider: provider)
        }
    }
}

enum TagRemoval: TxRemovable {
    static let noun = "tag"
    static func remove(_ id: String, from tx: TransactionID, in account: AccountRef, view: ViewID,
                       provider: any BankProvider) async throws {
        try await provider.deleteTag(id, from: tx, in: account, view: view)
    }
}

enum CommentRemoval: TxRemovable {
    static let noun = "comment"
    static func remove(_ id: String, from tx: TransactionID, in account: AccountRef, view: ViewID,
                       provider: any BankProvider) async throws {
        try await provider.deleteComment(id, from: tx, in: account, view: view)
    }
}

enum ImageRemoval: TxRemovable {
    static let noun = "image"
    static func remove(_ id: String, from tx: TransactionID, in account: AccountRef, view: ViewID,
                       provider: any BankProvider) async throws {
        try await provider.deleteImage(id, from: tx, in: account, view: view)
    }
}
