import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Transactions as CSV or JSON, a page at a time, so `transactions --all` prints as it fetches: output starts at
/// once, formatting overlaps the next page's request, and a long account is never formatted all at once. The
/// bytes are the same whether the list comes in one chunk or many.
struct TransactionStream {
    let format: OutputFormat
    private let clean = TerminalIO.csvCleaner
    private var written = 0

    /// `format` is `.csv` or `.json`; a table needs every row to size its columns and is never streamed.
    init(format: OutputFormat) {
        self.format = format
    }

    var header: String {
        guard format == .csv else { return "[\n" }
        var csv = CSVWriter(clean: clean)
        CSVExport.appendHeader(to: &csv)
        return csv.text
    }

    mutating func chunk(_ transactions: [Transaction]) -> String {
        defer { written += transactions.count }
        guard format == .csv else {
            // JSONSerialization's pretty array, element by element: each one indented a level, a comma between.
            return transactions.enumerated().map { offset, tx in
                (written + offset == 0 ? "" : ",\n") + Self.indented(JSONRecords.render(JSONRecords.transaction(tx)))
            }.joined()
        }
        var csv = CSVWriter(clean: clean)
        for tx in transactions { CSVExport.append(tx, to: &csv) }
        return csv.text
    }

    var footer: String { format == .csv ? "" : "\n]\n" }

    private static func indented(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
