import BrowserModel
import TerminalUI

/// A plain-text table that fits the terminal: every cell is sanitised, widths are measured in terminal columns,
/// and when the rows are too wide the flexible columns give up space (ending in `…`) before the fixed ones.
struct TextTable {
    struct Column {
        var title: String
        var alignment: DisplayWidth.Alignment = .left
        /// Flexible columns shrink to fit; the others (ids, dates, amounts) keep their full width when possible.
        var flexible = false
        var minimum = 4
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row.map(Sanitizer.clean))
    }

    /// The table as lines, each at most `width` columns when a width is given.
    func render(width: Int?) -> [String] {
        var widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.columns(columns[index].title)) { max($0, DisplayWidth.columns($1[index])) }
        }
        if let width { shrink(&widths, toFit: width) }
        let header = line(columns.map(\.title), widths: widths)
        return [header] + rows.map { line($0, widths: widths) }
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for index in columns.indices where widths[index] > 0 {
            parts.append(DisplayWidth.fit(cells[index], to: widths[index], alignment: columns[index].alignment))
        }
        var text = parts.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// Takes columns away from the widest flexible column first, then from fixed ones, then drops columns from the
    /// right, until the total (with two-column gaps) fits.
    private func shrink(_ widths: inout [Int], toFit total: Int) {
        func used() -> Int {
            let visible = widths.filter { $0 > 0 }
            return visible.reduce(0, +) + max(0, visible.count - 1) * 2
        }
        for flexibleOnly in [true, false] {
            while used() > total {
                let candidates = columns.indices.filter {
                    (!flexibleOnly || columns[$0].flexible) && widths[$0] > columns[$0].minimum
                }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        var last = widths.count - 1
        while used() > total, last > 0 {
            widths[last] = 0
            last -= 1
        }
    }
}
