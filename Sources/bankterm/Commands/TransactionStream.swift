import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Transactions as CSV, JSON or NDJSON, a page at a time, so `transactions --all` prints as it fetches: output
/// starts at once, formatting overlaps the next page's request, and a long account is never held or formatted all
/// at once. The bytes are the same whether the list comes in one chunk or many.
struct TransactionStream {
    let format: TransactionFormat
    private let clean = TerminalIO.csvCleaner
    private var written = 0

    /// `format` is `.csv`, `.json` or `.ndjson`; a table needs every row to size its columns and is never streamed.
    init(format: TransactionFormat) {
        self.format = format
    }

    var header: [UInt8] {
        switch format {
        case .json: return Array("[\n".utf8)
        case .csv:
            var csv = CSVWriter(clean: clean)
            CSVExport.appendHeader(to: &csv)
            return Array(csv.text.utf8)
        case .ndjson, .table: return []
        }
    }

    mutating func chunk(_ transactions: [Transaction]) -> [UInt8] {
        defer { written += transactions.count }
        switch format {
        case .json:
            // JSONSerialization's pretty array, element by element: each one indented a level, a comma between.
            var json = JSONByteWriter(pretty: true, baseDepth: 1)
            for (offset, tx) in transactions.enumerated() {
                json.append(written + offset == 0 ? "  " : ",\n  ")
                TransactionJSON.write(tx, to: &json)
            }
            return json.bytes
        case .ndjson:
            var json = JSONByteWriter(pretty: false)
            for tx in transactions {
                TransactionJSON.write(tx, to: &json)
                json.append("\n")
            }
            return json.bytes
        case .csv, .table:
            var csv = CSVWriter(clean: clean)
            for tx in transactions { CSVExport.append(tx, to: &csv) }
            return Array(csv.text.utf8)
        }
    }

    var footer: [UInt8] { format == .json ? Array("\n]\n".utf8) : [] }
}
