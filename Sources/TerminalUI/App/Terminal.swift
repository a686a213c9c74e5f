import BrowserModel
import CNcurses
import Foundation
import Glibc

/// `tigetstr` lives in `term.h`, which the CNcurses module does not include (its macros clash with Swift
/// names); the symbol is in libncursesw, which the module links.
@_silgen_name("tigetstr")
private func terminfoString(_ name: UnsafePointer<CChar>) -> UnsafeMutablePointer<CChar>?

/// One curses session on the controlling terminal: started with `newterm` so a bad TERM is an error we can
/// explain rather than curses' own exit, and always ended with `endwin` so the shell gets its terminal back.
final class Terminal {
    let screen: CursesScreen
    private var isOpen = true

    private init(screen: CursesScreen) {
        self.screen = screen
    }

    /// Checks stdin/stdout and TERM, then starts curses in cbreak, no-echo, keypad mode with the terminal's
    /// default colours.
    static func open(environment: [String: String], mouse: Bool) throws -> Terminal {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalError.unknownTerminal(term) }
        guard let output = fdopen(dup(1), "w"), let input = fdopen(dup(0), "r") else {
            throw TerminalError.cannotStart("cannot open the terminal streams")
        }
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard newterm(term, output, input) != nil else { throw TerminalError.unknownTerminal(term) }
        let cup = terminfoString("cup")
        if cup == nil || Int(bitPattern: cup) == -1 {
            _ = endwin()
            throw TerminalError.cannotAddressCursor(term)
        }
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(bt_stdscr(), true)
        // Home and End as terminals send them whatever TERM says (VT220 and tmux, rxvt, xterm in either cursor
        // mode): read as plain keys, the Escape in front would close a prompt and the rest arrive as text.
        for (sequence, code) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME),
                                 ("\u{1B}[8~", KEY_END), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
                                 ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END)] {
            _ = define_key(sequence, code)
        }
        if mouse { bt_mouse_enable() }
        _ = nodelay(bt_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        var depth = ColorDepth.none
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            depth = ColorDepth(colors: Int(bt_colors()), noColor: noColor)
        }
        return Terminal(screen: CursesScreen(depth: depth))
    }

    /// What the terminal sends: a key, or the mouse.
    enum Input {
        case key(Key)
        case mouse(MouseEvent)
    }

    /// Every key and mouse event waiting on stdin, without blocking.
    func readInput() -> [Input] {
        var inputs: [Input] = []
        while true {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == bt_err() { break }
            if result == bt_key_code_yes() {
                if Int32(character) == bt_key_mouse() {
                    if let event = Terminal.mouseEvent() { inputs.append(.mouse(event)) }
                } else if let key = Terminal.key(forCode: Int32(character)) {
                    inputs.append(.key(key))
                }
            } else if let scalar = Unicode.Scalar(UInt32(character)) {
                inputs.append(.key(Key(scalar: scalar)))
            }
        }
        return inputs
    }

    private static func mouseEvent() -> MouseEvent? {
        var row: Int32 = 0
        var col: Int32 = 0
        let kind: MouseEvent.Kind
        switch bt_mouse_read(&row, &col) {
        case 1: kind = .press
        case 4: kind = .wheelUp
        case 5: kind = .wheelDown
        default: return nil
        }
        return MouseEvent(kind: kind, row: Int(row), col: Int(col))
    }

    private static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case bt_key_resize(): return .resize
        default: return nil
        }
    }

    /// Puts `text` on the clipboard of the terminal (or of the terminal tmux runs in) with OSC 52, as lazygit's
    /// copy does; written after curses has drawn the frame, so the two never interleave.
    func copyToClipboard(_ text: String) {
        let sequence = Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
        sequence.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    }

    /// Gives the terminal back: cursor, echo, the normal screen. Safe to call twice.
    func close() {
        guard isOpen else { return }
        isOpen = false
        _ = curs_set(1)
        _ = endwin()
    }

    /// Leaves curses mode for a moment (e.g. before the process stops), restored by the next refresh.
    func suspend() {
        _ = endwin()
    }
}
