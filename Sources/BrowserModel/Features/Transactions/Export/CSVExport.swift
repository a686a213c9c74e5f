import BankKit
import Foundation

/// Why an export failed, as one line.
public struct ExportError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) { self.message = message }
}

/// Transactions as CSV, the same columns whether the browser's `:export csv` or `bankterm transactions --format
/// csv` writes them. Scripts read the columns by position, so new ones only ever go at the end.
public enum CSVExport {
    public static let header = ["id", "posted", "completed", "amount", "currency", "new_balance", "counterparty",
                                "counterparty_is_alias", "type", "description", "narrative", "tags", "comments",
                                "where_latitude", "where_longitude"]

    /// Between the comments of one transaction in their cell: a row stays one line for grep and `wc -l` (a line
    /// break inside a comment shows as ␊, as `CSVWriter` cleans every text cell).
    public static let commentSeparator = " | "

    public static func appendHeader(to csv: inout CSVWriter) {
        csv.append(header.map { .text($0) })
    }

    public static func append(_ tx: Transaction, to csv: inout CSVWriter) {
        let metadata = tx.metadata
        let location = metadata.whereTag.value
        csv.append([.text(tx.id.rawValue), .text(tx.posted.map(OBPDate.format) ?? ""),
                    .text(tx.completed.map(OBPDate.format) ?? ""),
                    .numeric(tx.value.map(DisplayFormat.amount) ?? ""), .text(tx.value?.currency ?? ""),
                    .numeric(tx.newBalance.map(DisplayFormat.amount) ?? ""),
                    .text(tx.counterparty?.holderName ?? ""),
                    .text(tx.counterparty.map { String($0.isAlias) } ?? ""), .text(tx.type ?? ""),
                    .text(tx.description ?? ""), .text(metadata.narrative ?? ""),
                    .text(metadata.tags?.map(\.value).joined(separator: " ") ?? ""),
                    .text(metadata.comments?.map(\.value).joined(separator: commentSeparator) ?? ""),
                    .numeric(location.map { String($0.latitude) } ?? ""),
                    .numeric(location.map { String($0.longitude) } ?? "")])
    }

    public static func document<S: Sequence<Transaction>>(_ transactions: S) -> (text: String, rows: Int) {
        var csv = CSVWriter()
        appendHeader(to: &csv)
        var rows = 0
        for transaction in transactions {
            append(transaction, to: &csv)
            rows += 1
        }
        return (csv.text, rows)
    }

    /// Writes the file (mode 0600: it is someone's bank data) and returns the number of rows.
    public static func write<S: Sequence<Transaction>>(_ transactions: S, to path: String) throws(ExportError)
        -> Int {
        let (text, rows) = document(transactions)
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw ExportError(message: "cannot write \(path): \(error.localizedDescription)")
            }
        } else if !FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8),
                                                  attributes: [.posixPermissions: 0o600]) {
            throw ExportError(message: "cannot create \(path)")
        }
        return rows
    }
}
