import Foundation

extension OBPWire {
    /// `GET /banks` (v3: `bank_routing`, v4+: `bank_routings`; both carry the same fields this client reads).
    public static func banks(_ data: Data) throws(BankError) -> [Bank] {
        let top = try top(data, "banks")
        return try list(top, "banks", "banks").compactMap { try? bank($0) }
    }

    /// `GET /banks/B`.
    public static func bank(_ data: Data) throws(BankError) -> Bank {
        try bank(top(data, "bank"))
    }

    static func bank(_ object: JSONObject) throws(BankError) -> Bank {
        let id = try required(object.string("id") ?? object.string("bank_id"), "id", "bank")
        let short = object.string("short_name")?.trimmingCharacters(in: .whitespaces)
        let shortName = (short?.isEmpty == false ? short : nil) ?? object.string("bank_code") ?? id
        let fullName = object.string("full_name") ?? shortName
        return Bank(id: id, shortName: shortName, fullName: fullName, logoURL: object.string("logo"),
                    website: object.string("website"))
    }

    /// `GET /banks/B/branches`.
    public static func branches(_ data: Data) throws(BankError) -> [Branch] {
        let top = try top(data, "branches")
        return try list(top, "branches", "branches").compactMap { object in
            guard let id = object.string("id") else { return nil }
            let address = object.object("address").map { address in
                ["line_1", "line_2", "line_3", "city", "postcode", "country_code"]
                    .compactMap { address.string($0) }
                    .filter { !$0.isEmpty }
                    .joined(separator: ", ")
            }
            return Branch(id: id, name: object.string("name") ?? id, address: address?.isEmpty == false ? address : nil)
        }
    }
}
