import TerminalUI

/// RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
/// gets a leading `'`; amounts are written as plain numbers by the caller and are exempt through `numeric`.
/// When the CSV goes to a terminal rather than a file, server strings are sanitised like every other output.
struct CSVWriter {
    private(set) var text = ""
    var sanitize: Bool

    init(sanitize: Bool) {
        self.sanitize = sanitize
    }

    mutating func append(_ cells: [Cell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text += "," }
            text += Self.field(sanitize ? Self.cleaned(cell) : cell)
        }
        text += "\r\n"
    }

    private static func cleaned(_ cell: Cell) -> Cell {
        if case .text(let raw) = cell { return .text(Sanitizer.clean(raw)) }
        return cell
    }

    enum Cell {
        case text(String)
        /// A number this program formatted; safe to start with `-`.
        case numeric(String)
    }

    private static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)

    static func field(_ cell: Cell) -> String {
        var value: String
        switch cell {
        case .numeric(let number):
            value = number
        case .text(let raw):
            value = raw
            if let first = raw.utf8.first, Self.formulaStarts.contains(first) {
                value = "'" + raw
            }
        }
        // Bytes, not Characters: as graphemes "\r\n" is one Character equal to neither, and walking graphemes
        // was most of the time `transactions --all --format csv` spent.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        guard value.utf8.contains(0x22) else { return "\"" + value + "\"" }
        var quoted = "\""
        for character in value {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
