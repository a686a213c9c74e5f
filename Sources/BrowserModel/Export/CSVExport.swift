import BankKit
import Foundation

/// Why an export failed, as one line.
public struct ExportError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) { self.message = message }
}

/// Writes transactions as CSV (RFC 4180). Fields that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab, CR at the start) get a leading `'`, except plain numbers, so a hostile description cannot run code.
public enum CSVExport {
    public static let header = ["id", "date", "counterparty", "counterparty_is_alias", "description", "type",
                                "amount", "currency", "balance", "tags", "comments", "narrative",
                                "latitude", "longitude"]

    public static func line(_ transaction: Transaction) -> String {
        let row = TransactionRow(transaction)
        let metadata = transaction.metadata
        let location = metadata.whereTag ?? nil
        let fields: [String] = [
            transaction.id, DisplayFormat.day(of: transaction) ?? "", transaction.counterparty?.holderName ?? "",
            transaction.counterparty.map { $0.isAlias ? "true" : "false" } ?? "",
            transaction.description ?? "", transaction.type ?? "", row.amountText ?? "",
            transaction.value?.currency ?? "", row.balanceText ?? "",
            (metadata.tags ?? []).map(\.value).joined(separator: " "),
            (metadata.comments ?? []).map(\.value).joined(separator: " | "),
            metadata.narrative ?? "",
            location.map { String($0.latitude) } ?? "", location.map { String($0.longitude) } ?? "",
        ]
        return fields.map(escape).joined(separator: ",")
    }

    public static func document<S: Sequence<Transaction>>(_ transactions: S) -> (text: String, rows: Int) {
        var text = header.joined(separator: ",") + "\r\n"
        var rows = 0
        for transaction in transactions {
            text += line(transaction) + "\r\n"
            rows += 1
        }
        return (text, rows)
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

    public static func escape(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Double(value) == nil {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            value = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
