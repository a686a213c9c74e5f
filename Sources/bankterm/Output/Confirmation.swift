import BankKit
import Foundation

/// "Are you sure?" before a change that moves money or removes something: asked on the terminal, skipped with
/// `--yes`, and refused (not assumed) when there is no terminal to ask.
enum Confirmation {
    static func require(_ question: String, yes: Bool) throws(BankError) {
        guard !yes else { return }
        guard TerminalIO.isTerminal(STDIN_FILENO) else {
            throw BankError(kind: .invalidInput, message: "not asking without a terminal: pass --yes to \(question)")
        }
        TerminalIO.writeError(question.prefix(1).uppercased() + question.dropFirst() + "? [y/N] ", newline: false)
        let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            throw BankError(kind: .invalidInput, message: "cancelled: nothing was sent")
        }
    }
}
