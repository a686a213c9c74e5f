/// A `:` command line, parsed.
public enum PromptCommand: Sendable, Hashable {
    case view(String)
    case bank(String)
    case theme(String)
    case exportCSV(path: String)
    case quit
    /// Sends the saved drafts again.
    case retry
    /// Drops the saved drafts.
    case discard
    /// Opens a screen by name (`:branches`), with what follows as its argument.
    case screen(String, argument: String?)

    /// The commands, for the help overlay and error messages.
    public static let usage = ":view NAME, :bank ID, :theme NAME, :export csv FILE, :retry, :discard, :q"

    /// The command names Tab completes, with the screens this provider has.
    static func names(in context: ScreenContext) -> [String] {
        ["view", "bank", "theme", "export", "retry", "discard", "quit"]
            + (PaymentsScreen.unavailable(in: context) == nil ? ["pay"] : []) + screens(in: context)
    }

    /// The screens this provider has, by name.
    static func screens(in context: ScreenContext) -> [String] {
        ScreenRegistry.screens.filter { $0.unavailable(in: context) == nil }.map { $0.name }
    }

    /// What `:` alone, or an unknown name, lists.
    static func listing(_ screens: [String]) -> String {
        "commands: \(usage); screens: " + screens.map { ":" + $0 }.joined(separator: ", ")
    }

    /// Parses what follows the `:`; the error is one line for the prompt, listing `screens` when the name is none.
    public static func parse(_ line: String,
                             screens: [String] = ScreenRegistry.names) -> Result<PromptCommand, PromptCommandError> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { return .failure(PromptCommandError(message: listing(screens))) }
        let rest = words.dropFirst()
        // File names may contain spaces: everything after `csv` is the path.
        func argument(after skipped: Int) -> String? {
            var remainder = Substring(line.drop(while: \.isWhitespace))
            for _ in 0..<skipped {
                remainder = remainder.drop(while: { !$0.isWhitespace }).drop(while: \.isWhitespace)
            }
            let text = remainder.trimmingTrailingWhitespace()
            return text.isEmpty ? nil : text
        }
        switch name {
        case "view", "v":
            guard let name = argument(after: 1) else { return .failure(PromptCommandError(message: ":view NAME")) }
            return .success(.view(name))
        case "bank", "b":
            guard rest.count == 1 else { return .failure(PromptCommandError(message: ":bank ID")) }
            return .success(.bank(rest[rest.startIndex]))
        case "theme":
            guard rest.count == 1 else { return .failure(PromptCommandError(message: ":theme NAME")) }
            return .success(.theme(rest[rest.startIndex]))
        case "export":
            guard rest.first == "csv", let path = argument(after: 2) else {
                return .failure(PromptCommandError(message: ":export csv FILE"))
            }
            return .success(.exportCSV(path: path))
        case "q", "quit", "q!", "quit!":
            return .success(.quit)
        case "retry":
            return .success(.retry)
        case "discard":
            return .success(.discard)
        case "pay":
            // The payment form of `:payments`, opened at once.
            return .success(.screen(PaymentsScreen.name, argument: PaymentsScreen.formArgument))
        default:
            if ScreenRegistry.named(name) != nil { return .success(.screen(name.lowercased(), argument: argument(after: 1))) }
            return .failure(PromptCommandError(message: "unknown command \(name); \(listing(screens))"))
        }
    }
}

public struct PromptCommandError: Error, Sendable, Hashable {
    public var message: String
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
