/// Why the browser cannot start on this terminal; each says what to do in one line.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case cannotAddressCursor(String)
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "bankterm's browser needs a terminal: stdin and stdout must be a tty (for scripts use "
                + "`bankterm banks`, `accounts`, `transactions --format json`)"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term.isEmpty ? "(unset)" : term): set TERM to one your system "
                + "knows, e.g. TERM=xterm-256color"
        case .cannotAddressCursor(let term):
            return "TERM=\(term) cannot move the cursor, which the browser needs: use a full terminal "
                + "(e.g. TERM=xterm-256color) or the CLI commands"
        case .cannotStart(let reason):
            return "cannot start the terminal: \(reason)"
        }
    }
}
