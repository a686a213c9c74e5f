import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Transactions as CSV, JSON or NDJSON, a page at a time, so `transactions --all` prints as it fetches: output
/// starts at once, formatting overlaps the next page's request, and a long account is never held or formatted all
/// at once. The bytes are the same whether the list comes in one chunk or many.
struct TransactionStream {
    let format: TransactionFormat
    private var written = 0

    /// `format` is `.csv`, `.json` or `.ndjson`; a table needs every row to size its columns and is never streamed.
    init(format: TransactionFormat) {
        self.format = format
    }

    var header: [UInt8] {
        switch format {
        case .json: return Array("[\n".utf8)
        case .csv:
            var csv = CSVWriter()
            CSVExport.appendHeader(to: &csv)
            return Array(csv.text.utf8)
        case .ndjson, .table: return []
        }
    }

    mutating func chunk(_ transactions: [Transaction]) -> [UInt8] {
        var bytes: [UInt8] = []
        append(transactions, to: &bytes)
        return bytes
    }

    /// The chunk's bytes after what `out` holds, in its storage: `--all` clears and refills one buffer a page.
    mutating func append(_ transactions: [Transaction], to out: inout [UInt8]) {
        defer { written += transactions.count }
        switch format {
        case .json:
            // JSONSerialization's pretty array, element by element: each one indented a level, a comma between.
            var json = JSONByteWriter(pretty: true, baseDepth: 1, appendingTo: take(&out))
            var repeats = TransactionJSON.Repeats()
            for (offset, tx) in transactions.enumerated() {
                json.append(written + offset == 0 ? "  " : ",\n  ")
                TransactionJSON.write(tx, to: &json, repeats: &repeats)
            }
            out = json.finish()
        case .ndjson:
            var json = JSONByteWriter(pretty: false, appendingTo: take(&out))
            var repeats = TransactionJSON.Repeats()
            for tx in transactions {
                TransactionJSON.write(tx, to: &json, repeats: &repeats)
                json.append("\n")
            }
            out = json.finish()
        case .csv, .table:
            var csv = CSVWriter()
            for tx in transactions { CSVExport.append(tx, to: &csv) }
            out.append(contentsOf: csv.text.utf8)
        }
    }

    /// `buffer`'s storage, leaving it empty, so that the writer holds the only reference and appends in place.
    private func take(_ buffer: inout [UInt8]) -> [UInt8] {
        defer { buffer = [] }
        return buffer
    }

    var footer: [UInt8] { format == .json ? Array("\n]\n".utf8) : [] }
}
