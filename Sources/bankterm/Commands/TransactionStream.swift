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
        write(transactions) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The chunk's bytes, handed to `output` from the writer's own storage: `--all` sends them straight to stdout.
    mutating func write(_ transactions: [Transaction], to output: (UnsafeRawBufferPointer) -> Void) {
        defer { written += transactions.count }
        switch format {
        case .json:
            // JSONSerialization's pretty array, element by element: each one indented a level, a comma between.
            var json = JSONByteWriter(pretty: true, baseDepth: 1, capacity: Self.capacity(for: transactions))
            var repeats = TransactionJSON.Repeats()
            for (offset, tx) in transactions.enumerated() {
                json.append(written + offset == 0 ? "  " : ",\n  ")
                TransactionJSON.write(tx, to: &json, repeats: &repeats)
            }
            json.withBytes(output)
        case .ndjson:
            var json = JSONByteWriter(pretty: false, capacity: Self.capacity(for: transactions))
            var repeats = TransactionJSON.Repeats()
            for tx in transactions {
                TransactionJSON.write(tx, to: &json, repeats: &repeats)
                json.append("\n")
            }
            json.withBytes(output)
        case .csv, .table:
            var csv = CSVWriter()
            for tx in transactions { CSVExport.append(tx, to: &csv) }
            var text = csv.text
            text.withUTF8 { output(UnsafeRawBufferPointer($0)) }
        }
    }

    /// About what a page of plain transactions takes, so that the writer rarely grows.
    private static func capacity(for transactions: [Transaction]) -> Int {
        1024 * (transactions.count + 1)
    }

    var footer: [UInt8] { format == .json ? Array("\n]\n".utf8) : [] }
}
