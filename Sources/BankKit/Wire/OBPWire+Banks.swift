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
        return Bank(id: BankID(rawValue: id), shortName: shortName, fullName: fullName, logoURL: object.string("logo"),
                    website: object.string("website"))
    }

    /// `GET /banks/B/branches`.
    public static func branches(_ data: Data) throws(BankError) -> [Branch] {
        let top = try top(data, "branches")
        return try list(top, "branches", "branches").compactMap { object in
            guard let id = object.string("id") else { return nil }
            let address = object.object("address").map { address in
                ["line_1", "line_2", "line_3", "city", "postcode", "post_code", "country_code"]
                    .compactMap { address.string($0) }
                    .filter { !$0.isEmpty }
                    .joined(separator: ", ")
            }
            let location = object.object("location")
            return Branch(id: id, name: object.string("name") ?? id, address: address?.isEmpty == false ? address : nil,
                          lobbyHours: object.object("lobby").map(openingHours) ?? [],
                          latitude: location?.double("latitude"), longitude: location?.double("longitude"))
        }
    }

    /// A lobby's week: v3+ sends each day as a list of `{opening_time, closing_time}`, some servers one object.
    static func openingHours(_ lobby: JSONObject) -> [OpeningHours] {
        OpeningHours.days.compactMap { day in
            let slot = lobby.objects(day)?.first ?? lobby.object(day)
            guard let slot else { return nil }
            return OpeningHours(day: day, opens: slot.string("opening_time") ?? "", closes: slot.string("closing_time") ?? "")
        }
    }
}
