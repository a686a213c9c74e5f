/// Banks and branches. v3 sends one `bank_routing` object; v4 and later a `bank_routings` array and attributes;
/// v5's single bank names `bank_code` instead of `short_name`.
enum BankRenderer {
    static func list(_ banks: [BankRecord], version: APIVersion) -> JSON {
        .obj(["banks": .array(banks.map { bank($0, version: version, single: false) })])
    }

    static func bank(_ bank: BankRecord, version: APIVersion, single: Bool) -> JSON {
        let routing = JSON.obj(["scheme": .string("BIC"), "address": .string(bank.bankCode)])
        if version < .v4_0_0 {
            return .obj([
                "id": .string(bank.id), "short_name": .string(bank.shortName), "full_name": .string(bank.fullName),
                "logo": .string(bank.logo), "website": .string(bank.website), "bank_routing": routing,
            ])
        }
        if single && version >= .v5_0_0 {
            return .obj([
                "id": .string(bank.id), "bank_code": .string(bank.bankCode), "full_name": .string(bank.fullName),
                "logo": .string(bank.logo), "website": .string(bank.website), "bank_routings": .array([routing]),
                "attributes": .array([]),
            ])
        }
        return .obj([
            "id": .string(bank.id), "short_name": .string(bank.shortName), "full_name": .string(bank.fullName),
            "logo": .string(bank.logo), "website": .string(bank.website), "bank_routings": .array([routing]),
            "attributes": .array([]),
        ])
    }

    static func branches(_ bodies: [String]) -> JSON {
        .obj(["branches": .array(bodies.map { .raw(Array($0.utf8)) })])
    }
}
