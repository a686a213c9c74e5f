/// A `:` command line, parsed.
public enum Command: Sendable, Hashable {
    case view(String)
    case bank(String)
    case theme(String)
    case exportCSV(path: String)
    case quit
    /// Sends the saved drafts again.
    case retry
    /// Drops the saved drafts.
    case discard

    /// The commands, for the help overlay and error messages.
    public static let usage = ":view NAME, :bank ID, :theme NAME, :export csv FILE, :retry, :discard, :q"

    /// Parses what follows the `:`; the error is one line for the prompt.
    public static func parse(_ line: String) -> Result<Command, CommandError> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { return .failure(CommandError(message: "commands: \(usage)")) }
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
            return argument(after: 1).map { .success(.view($0)) } ?? .failure(CommandError(message: ":view NAME"))
        case "bank", "b":
            return rest.count == 1 ? .success(.bank(rest[rest.startIndex])) : .failure(CommandError(message: ":bank ID"))
        case "theme":
            return rest.count == 1
                ? .success(.theme(rest[rest.startIndex])) : .failure(CommandError(message: ":theme NAME"))
        case "export":
            guard rest.first == "csv", let path = argument(after: 2) else {
                return .failure(CommandError(message: ":export csv FILE"))
            }
            return .success(.exportCSV(path: path))
        case "q", "quit", "q!", "quit!":
            return .success(.quit)
        case "retry":
            return .success(.retry)
        case "discard":
            return .success(.discard)
        default:
            return .failure(CommandError(message: "unknown command \(name); commands: \(usage)"))
        }
    }
}

public struct CommandError: Error, Sendable, Hashable {
    public var message: String
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
