import ArgumentParser
import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// `bankterm api [METHOD] PATH`: any endpoint of the profile's server, like `gh api`. The profile's base URL,
/// API version (a path under `/obp/vX`, unless it starts with `/obp/` itself) and authentication are applied.
/// On a terminal the JSON is indented and every server string sanitised; into a pipe it is passed on as received.
/// An HTTP error still prints its body, then its message on stderr, and exits 1.
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api", abstract: "Call any API endpoint with the profile's server and login (like gh api).",
        discussion: """
            Examples:
              bankterm api /banks
              bankterm api /banks --jq '.banks[].id'
              bankterm api POST /banks/BANK/accounts/ACC/owner/transactions/TX/metadata/tags --field value=food
              bankterm api GET /banks/BANK/accounts/ACC/owner/transactions --field limit=5
              bankterm api /banks/BANK/accounts/ACC/owner/transactions --paginate --field limit=100
            Fields are the query of a GET and the JSON body otherwise; with fields and no METHOD it is a POST.
            --jq understands a built-in subset of jq: paths (.banks[].id, .[0], .a.b), keys and length, joined with |.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "[METHOD] PATH, e.g. /banks or POST /users.")
    var words: [String]

    @Option(name: [.customShort("F"), .customLong("field")],
            help: "KEY=VALUE; true, false, null and numbers are sent as JSON values. Query of a GET, else the body.")
    var fields: [String] = []

    @Option(name: [.customShort("f"), .customLong("raw-field")], help: "KEY=VALUE sent as text.")
    var rawFields: [String] = []

    @Option(help: "Send the contents of FILE as the body (- for standard input).")
    var input: String?

    @Option(name: [.customShort("H"), .customLong("header")], help: "NAME:VALUE, an extra request header.")
    var headers: [String] = []

    @Flag(help: "Walk offset/limit (and obp_offset/obp_limit) until a short page; join the lists.")
    var paginate = false

    @Flag(name: [.customShort("i"), .long], help: "Print the status line and response headers first.")
    var include = false

    @Option(help: "Print only what this expression selects (a built-in jq subset).")
    var jq: String?

    @Flag(help: "Do not ask before a DELETE on a terminal.")
    var yes = false

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            guard let client = provider as? any RawAPICalling else {
                throw BankError(kind: .invalidInput, message: "this provider cannot send arbitrary requests")
            }
            let request = try APIRequestBuilder(words: words, fields: fields, rawFields: rawFields, input: input,
                                                headers: headers, paginate: paginate).build(readInput: Self.read)
            let filter = try jq.map { expression throws(BankError) in
                do { return try JQSubset(expression) } catch { throw BankError(kind: .invalidInput, message: "\(error)") }
            }
            if request.method == .delete, !yes, TerminalIO.isTerminal(STDIN_FILENO),
               !Self.confirm("DELETE \(request.path)? [y/N] ") {
                throw BankError(kind: .invalidInput, message: "not deleted (pass --yes to skip the question)")
            }
            if paginate {
                guard request.method == .get else {
                    throw BankError(kind: .invalidInput, message: "--paginate works with GET only")
                }
                let (first, merged) = try await APIPager(client: client).fetchAll(request)
                try show(first, value: merged, filter: filter)
                return
            }
            let response = try await client.send(request)
            let value = try? JSONValue.parse(Array(response.body))
            try show(response, value: value, filter: filter)
            guard (200..<300).contains(response.status) else { throw client.error(for: response) }
        }
    }

    private func show(_ response: HTTPResponse, value: JSONValue?, filter: JQSubset?) throws {
        let terminal = TerminalIO.isTerminal(STDOUT_FILENO)
        let clean: (String) -> String = terminal ? { Sanitizer.clean($0) } : { $0 }
        if include {
            var head = "HTTP \(response.status)\n"
            for header in response.headers.all { head += "\(clean(header.name)): \(clean(header.value))\n" }
            TerminalIO.writeOutput(head + "\n")
        }
        guard let value else {
            if !response.body.isEmpty { TerminalIO.writeOutput(clean(String(decoding: response.body, as: UTF8.self)) + "\n") }
            return
        }
        if let filter, (200..<300).contains(response.status) {
            let results: [JSONValue]
            do { results = try filter.run(value) } catch { throw BankError(kind: .invalidInput, message: "\(error)") }
            for result in results {
                if case .string(let text) = result { print(clean(text)) } else { print(result.text(pretty: false, clean: clean)) }
            }
            return
        }
        if !terminal, !paginate {
            FileHandle.standardOutput.write(response.body)
            if response.body.last != UInt8(ascii: "\n") { TerminalIO.writeOutput("\n") }
            return
        }
        print(value.text(pretty: terminal, clean: clean))
    }

    private static func read(_ path: String) throws -> Data {
        path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data(question.utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.lowercased())
    }
}
