import Foundation

/// OBP API v1.1's shapes, made from the sandbox's v1.2.1 ones: every item sits in a one-key wrapper
/// (`{"banks":[{"bank":{..}}]}`), a transaction is `this_account` / `other_account` / `details` with `type_en`, a
/// value the view hides reads `"unauthorized"` rather than null, and items carry the optional `links`.
/// OBP-API's source no longer has v1.1, so these follow its wiki page of the time; where the page was silent
/// (offices, the other-account metadata) the v1.2.1 field names are kept.
enum V1_1Shape {
    static let unauthorized = JSON.string("unauthorized")

    static func wrap(_ key: String, _ value: JSON) -> JSON {
        .object([JSON.Member(key: key, value: value)])
    }

    static func list(_ key: String, item: String, _ items: [JSON]) -> JSON {
        wrap(key, .array(items.map { wrap(item, $0) }))
    }

    /// A hidden value becomes `"unauthorized"`, at every depth.
    static func moderated(_ json: JSON) -> JSON {
        switch json {
        case .null: unauthorized
        case .array(let items): .array(items.map(moderated))
        case .object(let members): .object(members.map { JSON.Member(key: $0.key, value: moderated($0.value)) })
        default: json
        }
    }

    static func links(_ items: [(rel: String, href: String)]) -> JSON {
        .array(items.map { .obj(["rel": .string($0.rel), "href": .string($0.href), "method": .string("GET"), "title": .string($0.rel)]) })
    }

    static func bank(_ bank: JSON) -> JSON {
        let id = bank["id"]?.stringValue ?? ""
        return .obj([
            "id": bank["id"] ?? .null, "short_name": bank["short_name"] ?? .null, "full_name": bank["full_name"] ?? .null,
            "logo": bank["logo"] ?? .null, "website": bank["website"] ?? .null,
            "links": links([("accounts", "/obp/v1.1/banks/\(id)/accounts"), ("offices", "/obp/v1.1/banks/\(id)/offices")]),
        ])
    }

    /// An entry of `/banks/B/accounts`: the id and the views the caller may use.
    static func accountEntry(_ account: JSON, bankID: String) -> JSON {
        let id = account["id"]?.stringValue ?? ""
        let views = account["views_available"]?.items ?? []
        return .obj([
            "id": account["id"] ?? .null, "label": account["label"] ?? .null,
            "views_available": .array(views.map { view in
                .obj(["id": view["id"] ?? .null, "short_name": view["short_name"] ?? .null,
                      "description": view["description"] ?? .string(""), "is_public": view["is_public"] ?? .bool(false)])
            }),
            "links": links(views.compactMap { $0["id"]?.stringValue }.map {
                ("account via \($0)", "/obp/v1.1/banks/\(bankID)/accounts/\(id)/\($0)/account")
            }),
        ])
    }

    /// `/banks/B/accounts/A/V/account` from the moderated v1.2.1 account.
    static func account(_ account: JSON) -> JSON {
        let iban = account["account_routings"]?.items.first { $0["scheme"]?.stringValue == "IBAN" }?["address"]
        return moderated(.obj([
            "id": account["id"] ?? .null, "label": account["label"] ?? .null, "number": account["number"] ?? .null,
            "owners": account["owners"] ?? .array([]), "type": account["product_code"] ?? .null,
            "balance": account["balance"] ?? .null, "IBAN": iban ?? .null, "date_opened": .null,
            "views_available": .array((account["views_available"]?.items ?? []).map { view in
                .obj(["id": view["id"] ?? .null, "short_name": view["short_name"] ?? .null,
                      "description": view["description"] ?? .string(""), "is_public": view["is_public"] ?? .bool(false)])
            }),
        ]))
    }

    /// One transaction from the v1.2.1 one, metadata left to its own routes as in v1.1.
    static func transaction(_ transaction: JSON) -> JSON {
        let transaction = transaction.parsed
        let this = transaction["this_account"]?.parsed, other = transaction["other_account"]?.parsed
        let details = transaction["details"]
        let thisNumber = this?["account_routings"]?.items.first?["address"]
        return moderated(.obj([
            "uuid": transaction["id"] ?? .null, "id": transaction["id"] ?? .null,
            "this_account": this == .null ? .null : .obj([
                "id": this?["id"] ?? .null,
                "holder": this?["holders"] ?? .array([]),
                "number": thisNumber ?? .null, "kind": .null,
                "bank": .obj(["IBAN": .null, "national_identifier": this?["bank_routing"]?["address"] ?? .null,
                              "name": this?["bank_routing"]?["address"] ?? .null]),
            ]),
            "other_account": other.map(otherAccount) ?? .null,
            "details": details == .null ? .null : .obj([
                "type_en": details?["type"] ?? .null, "type_de": details?["type"] ?? .null,
                "description": details?["description"] ?? .null,
                "posted": details?["posted"] ?? .null, "completed": details?["completed"] ?? .null,
                "new_balance": details?["new_balance"] ?? .null, "value": details?["value"] ?? .null,
            ]),
        ]))
    }

    static func otherAccount(_ other: JSON) -> JSON {
        guard other != .null else { return .null }
        return .obj([
            "id": other["id"] ?? .null, "holder": other["holder"] ?? .null,
            "number": other["account_routings"]?.items.first?["address"] ?? .null, "kind": other["kind"] ?? .null,
            "bank": .obj(["IBAN": other["IBAN"] ?? .null, "national_identifier": other["bank_routing"]?["address"] ?? .null,
                          "name": other["bank_routing"]?["address"] ?? .null]),
        ])
    }

    /// The import's branches as v1.1's offices.
    static func office(_ branch: JSON) -> JSON {
        .obj(["id": branch["id"] ?? .null, "name": branch["name"] ?? .null, "address": branch["address"] ?? .null,
              "location": branch["location"] ?? .null])
    }
}

extension JSON {
    /// A pre-serialised part (`.raw`, as the transaction renderer caches accounts) as values to read.
    var parsed: JSON {
        guard case .raw(let bytes) = self else { return self }
        return (try? JSONDecoder().decode(JSON.self, from: Data(bytes))) ?? .null
    }

    var items: [JSON] {
        if case .array(let items) = self { return items }
        return []
    }
}
