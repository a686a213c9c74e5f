import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// The stable JSON the commands print with `--format json` (keys sorted, every key always present, null when the
/// provider or view did not give a value). Amounts are decimal strings so no precision is lost; dates are
/// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC. See README, "JSON output".
enum JSONRecords {
    static func bank(_ bank: Bank) -> [String: Any] {
        ["id": bank.id.rawValue, "short_name": bank.shortName, "full_name": bank.fullName,
         "logo_url": orNull(bank.logoURL), "website": orNull(bank.website)]
    }

    static func account(_ account: Account) -> [String: Any] {
        ["bank_id": account.ref.bankID.rawValue, "account_id": account.ref.accountID.rawValue, "label": orNull(account.label),
         "number": orNull(account.number), "type": orNull(account.type), "owners": account.owners,
         "balance": money(account.balance),
         "routings": account.routings.map { ["scheme": $0.scheme, "address": $0.address] },
         "views": account.views.map(\.id.rawValue)]
    }

    static func view(_ view: ViewSummary) -> [String: Any] {
        ["id": view.id.rawValue, "short_name": view.shortName, "description": view.description,
         "is_public": view.isPublic, "is_system": view.isSystem,
         "permissions": view.permissions.map { $0.map(\.rawValue).sorted() as Any } ?? NSNull()]
    }

    static func transaction(_ tx: Transaction) -> [String: Any] {
        ["id": tx.id.rawValue, "bank_id": tx.account.bankID.rawValue, "account_id": tx.account.accountID.rawValue,
         "type": orNull(tx.type), "description": orNull(tx.description),
         "posted": date(tx.posted), "completed": date(tx.completed),
         "value": money(tx.value), "new_balance": money(tx.newBalance),
         "counterparty": tx.counterparty.map(counterparty) ?? NSNull(),
         "metadata": metadata(tx.metadata)]
    }

    static func counterparty(_ party: Counterparty) -> [String: Any] {
        ["id": orNull(party.id?.rawValue), "holder": orNull(party.holderName), "is_alias": party.isAlias,
         "number": orNull(party.number), "kind": orNull(party.kind), "iban": orNull(party.iban),
         "bank_name": orNull(party.bankName)]
    }

    static func metadata(_ metadata: TransactionMetadata) -> [String: Any] {
        let whereValue: Any
        switch metadata.whereTag {
        case .value(let geo): whereValue = geoTag(geo)
        case .hidden, .absent: whereValue = NSNull()
        }
        return ["narrative": orNull(metadata.narrative),
                "tags": metadata.tags.map { $0.map(tag) as Any } ?? NSNull(),
                "comments": metadata.comments.map { $0.map(comment) as Any } ?? NSNull(),
                "images": metadata.images.map { $0.map(image) as Any } ?? NSNull(),
                "where": whereValue, "local": metadata.isLocal]
    }

    static func tag(_ tag: Tag) -> [String: Any] {
        ["id": tag.id, "value": tag.value, "date": date(tag.date), "author": orNull(tag.author)]
    }

    static func comment(_ comment: Comment) -> [String: Any] {
        ["id": comment.id, "value": comment.value, "date": date(comment.date), "author": orNull(comment.author)]
    }

    static func image(_ image: TransactionImage) -> [String: Any] {
        ["id": image.id, "label": image.label, "url": image.url, "date": date(image.date),
         "author": orNull(image.author)]
    }

    static func geoTag(_ geo: GeoTag) -> [String: Any] {
        ["latitude": geo.latitude, "longitude": geo.longitude, "date": date(geo.date), "author": orNull(geo.author)]
    }

    static func money(_ money: Money?) -> Any {
        guard let money else { return NSNull() }
        return ["amount": DisplayFormat.amount(money), "currency": money.currency]
    }

    static func date(_ date: Date?) -> Any {
        date.map(OBPDate.format) ?? NSNull()
    }

    private static func orNull(_ value: String?) -> Any {
        value ?? NSNull()
    }

    /// Pretty-printed with sorted keys, so the same data always prints the same bytes.
    static func render(_ value: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "null" }
        return escapingInvisibles(String(decoding: data, as: UTF8.self))
    }

    /// JSONSerialization escapes C0 controls but passes DEL, C1 controls, bidi overrides and zero-width characters
    /// through raw, and JSON often goes straight to a terminal. Such scalars can only sit inside JSON strings,
    /// so writing them as `\uXXXX` keeps the same document while no server byte drives the terminal.
    static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && Sanitizer.needsReplacement($0) }) else {
            return json
        }
        var out = ""
        for scalar in json.unicodeScalars {
            guard scalar.value >= 0x7F, Sanitizer.needsReplacement(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                out += "\\u" + String(repeating: "0", count: 4 - String(unit, radix: 16).count) + String(unit, radix: 16)
            }
        }
        return out
    }
}
