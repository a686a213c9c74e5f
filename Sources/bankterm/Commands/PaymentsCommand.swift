import ArgumentParser
import BankKit

/// `bankterm payments list|show|answer`: an account's transaction requests and their challenges, as JSON.
struct PaymentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "payments",
                                                    abstract: "List, show and answer an account's transaction requests.",
                                                    subcommands: [List.self, Show.self, Answer.self])

    /// `--bank --account [--view]`.
    struct Target: ParsableArguments {
        @OptionGroup var account: AccountOptions

        @Option(help: "The view to read through.")
        var view: ViewID = "owner"
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The account's requests, newest first.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                let requests = try await obp.transactionRequests(target.account.ref, view: target.view)
                print(JSONRecords.render(requests.map(JSONRecords.transactionRequest)))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One request.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        @Argument(help: "The transaction request id.")
        var id: String

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                let request = try await obp.transactionRequest(target.account.ref, view: target.view, id: id)
                print(JSONRecords.render(JSONRecords.transactionRequest(request)))
            }
        }
    }

    struct Answer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "answer",
                                                        abstract: "Answer a request's challenge (sent once; prints the request).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: Target

        @Argument(help: "The transaction request id.")
        var id: String

        @Argument(help: "The answer (the sandbox's is 123).")
        var answer: String

        func run() async throws {
            try await OBPCommandRunner.run(global) { obp in
                let request = try await obp.transactionRequest(target.account.ref, view: target.view, id: id)
                guard request.pendingChallenge != nil else {
                    throw BankError(kind: .invalidInput, message: "request \(id) is \(request.status.name) and waits for no answer")
                }
                let answered = try await obp.answerChallenge(request, view: target.view, answer: answer)
                print(JSONRecords.render(JSONRecords.transactionRequest(answered)))
            }
        }
    }
}
