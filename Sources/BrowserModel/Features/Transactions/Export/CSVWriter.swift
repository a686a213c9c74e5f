/// RFC 4180 CSV, for every CSV bankterm writes (the browser's `:export csv` and the command line's `--format csv`).
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading
/// `'`; amounts are written as plain numbers by the caller and are exempt through `numeric`. Text cells are
/// sanitised first, in a file as on a terminal: a CSV file is read with `cat`, `less` and `grep` too, where a
/// server's ESC would drive the terminal and a line break in a comment would split a transaction over two lines.
public struct CSVWriter {
    public private(set) var text = ""

    public init() {}

    public mutating func append(_ cells: [Cell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text += "," }
            if case .text(let raw) = cell {
                text += Self.field(.text(Sanitizer.clean(raw)))
            } else {
                text += Self.field(cell)
            }
        }
        text += "\r\n"
    }

    public enum Cell: Sendable {
        case text(String)
        /// A number this program formatted; safe to start with `-`.
        case numeric(String)
    }

    private static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)

    public static func field(_ cell: Cell) -> String {
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
