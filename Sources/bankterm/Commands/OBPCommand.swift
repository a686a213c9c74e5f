import BankKit
import Foundation

/// What the views and access commands share: they need OBP (OP has no views), and they ask before a change that
/// takes something away.
enum OBPCommand {
    static func obp(_ provider: any BankProvider) throws -> OBPProvider {
        guard let obp = provider as? OBPProvider else {
            throw BankError(kind: .invalidInput, message: "views and access are OBP features: use an OBP profile")
        }
        return obp
    }

    /// On a terminal, asks `question` and reads y or n from it; elsewhere (a script, `--yes`) the answer is yes.
    static func confirmed(_ question: String, yes: Bool) -> Bool {
        guard !yes, TerminalIO.isTerminal(STDIN_FILENO) else { return true }
        TerminalIO.writeError(question + " [y/N]")
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A refused confirmation: exit non-zero with one line, as every failure does.
    static let declined = BankError(kind: .invalidInput, message: "nothing changed (not confirmed; --yes skips the question)")
}
