import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Transactions as CSV or JSON, a page at a time, so `transactions --all` prints as it fetches: output starts at
/// once, formatting overlaps the next page's request, and a long account is never formatted all at once. The
/// bytes are the same whether the list comes in one chunk or many.
struct TransactionStream {
    let format: OutputFormat
    private let sanitize = TerminalIO.isTerminal(STDOUT_FILENO)
    private var written = 0

    /// `format` is `.csv` or `.json`; a table needs every row to size its columns and is never streamed.
    init(format: OutputFormat) {
        self.format = format
    }

    var header: String {
        guard format == .csv else { return "[\n" }
        var csv = CSVWriter(sanitize: sanitize)
        // Scripts read these by position: new columns go at the end.
        csv.append(["id", "posted", "completed", "amount", "currency", "new_balance", "counterparty",
                    "counterparty_is_alias", "type", "description", "narrative", "tags", "comments",
                    "where_latitude", "where_longitude"].map { .text($0) })
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
        var csv = CSVWriter(sanitize: sanitize)
        for tx in transactions {
            let location = tx.metadata.whereTag ?? nil
            csv.append([.text(tx.id), .text(tx.posted.map(OBPDate.format) ?? ""),
                        .text(tx.completed.map(OBPDate.format) ?? ""),
                        .numeric(tx.value.map(DisplayFormat.amount) ?? ""), .text(tx.value?.currency ?? ""),
                        .numeric(tx.newBalance.map(DisplayFormat.amount) ?? ""),
                        .text(tx.counterparty?.holderName ?? ""),
                        .text(tx.counterparty.map { String($0.isAlias) } ?? ""), .text(tx.type ?? ""),
                        .text(tx.description ?? ""), .text(tx.metadata.narrative ?? ""),
                        .text(tx.metadata.tags?.map(\.value).joined(separator: " ") ?? ""),
                        // One cell joined as the browser's :export csv joins them: a row stays one line for grep
                        // and wc -l unless a comment itself has a line break (kept, quoted, in the cell).
                        .text(tx.metadata.comments?.map(\.value).joined(separator: Self.commentSeparator) ?? ""),
                        .numeric(location.map { String($0.latitude) } ?? ""),
                        .numeric(location.map { String($0.longitude) } ?? "")])
        }
        return csv.text
    }

    /// Between the comments of one transaction in their CSV cell.
    static let commentSeparator = " | "

    var footer: String { format == .csv ? "" : "\n]\n" }

    private static func indented(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
