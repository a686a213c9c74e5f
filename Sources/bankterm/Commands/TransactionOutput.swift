import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Transactions as a table, JSON or CSV; shared by `transactions` and `tx show`.
enum TransactionOutput {
    static func render(_ transactions: [Transaction], format: OutputFormat) -> String {
        switch format {
        case .json, .csv:
            var stream = TransactionStream(format: format == .json ? .json : .csv)
            return String(decoding: stream.header + stream.chunk(transactions) + stream.footer, as: UTF8.self)
        case .table:
            var table = TextTable([.init(title: "POSTED"), .init(title: "AMOUNT", alignment: .right),
                                   .init(title: "CUR"), .init(title: "COUNTERPARTY", flexible: true, minimum: 8),
                                   .init(title: "DESCRIPTION", flexible: true, minimum: 8),
                                   .init(title: "TAGS", flexible: true), .init(title: "ID", flexible: true, minimum: 8)])
            for tx in transactions {
                let holder = tx.counterparty?.holderName.map { tx.counterparty?.isAlias == true ? "~" + $0 : $0 }
                table.append([tx.posted.map(OBPDate.day) ?? "",
                              tx.value.map(DisplayFormat.amount) ?? "", tx.value?.currency ?? "", holder ?? "",
                              tx.description ?? "", tx.metadata.tags?.map(\.value).joined(separator: ",") ?? "",
                              tx.id.rawValue])
            }
            return table.render(width: TerminalIO.columns()).map { $0 + "\n" }.joined()
        }
    }

    /// One transaction in full, one field per line, for `tx show`.
    static func detail(_ tx: Transaction) -> String {
        var lines: [(String, String)] = [
            ("id", tx.id.rawValue), ("account", tx.account.description),
            ("posted", tx.posted.map(OBPDate.format) ?? "-"), ("completed", tx.completed.map(OBPDate.format) ?? "-"),
            ("type", tx.type ?? "-"), ("description", tx.description ?? "-"),
            ("amount", tx.value.map { DisplayFormat.amount($0) + " " + $0.currency } ?? "-"),
            ("new balance", tx.newBalance.map { DisplayFormat.amount($0) + " " + $0.currency } ?? "-"),
        ]
        if let party = tx.counterparty {
            lines.append(("counterparty", (party.holderName ?? "-") + (party.isAlias ? " (alias)" : "")))
            if let number = party.number { lines.append(("  number", number)) }
            if let iban = party.iban { lines.append(("  iban", iban)) }
        }
        let metadata = tx.metadata
        lines.append(("narrative", metadata.narrative.flatMap { $0.isEmpty ? nil : $0 } ?? "none"))
        lines.append(("tags", metadata.tags.map { $0.isEmpty ? "none" : $0.map { "\($0.value) [\($0.id)]" }
            .joined(separator: ", ") } ?? "hidden by this view"))
        if let comments = metadata.comments {
            if comments.isEmpty { lines.append(("comments", "none")) }
            for comment in comments {
                lines.append(("comment", "\(comment.value) [\(comment.id)]" + (comment.author.map { " by \($0)" } ?? "")))
            }
        } else {
            lines.append(("comments", "hidden by this view"))
        }
        if let images = metadata.images, !images.isEmpty {
            for image in images { lines.append(("image", "\(image.label) \(image.url) [\(image.id)]")) }
        }
        switch metadata.whereTag {
        case .value(let geo): lines.append(("where", "\(geo.latitude), \(geo.longitude)"))
        case .absent: lines.append(("where", "none"))
        case .hidden: lines.append(("where", "hidden by this view"))
        }
        return labelled(lines)
    }

    /// Label and value lines with the values aligned, server text sanitised.
    static func labelled(_ lines: [(String, String)]) -> String {
        let labelWidth = lines.map { DisplayWidth.columns($0.0) }.max() ?? 0
        return lines.map { DisplayWidth.fit($0.0, to: labelWidth) + "  " + Sanitizer.clean($0.1) + "\n" }.joined()
    }
}
