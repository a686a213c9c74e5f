import Foundation

extension OBPWire {
    /// Counterparty metadata in either spelling: the other-account JSON's `URL`, `image_URL`,
    /// `open_corporates_URL` (v1.2.1's type, which OBP keeps to v5.1.0) or the explicit counterparty JSON's
    /// `url`, `image_url`, `open_corporates_url`. A location without latitude and longitude is none; without a
    /// date it is still a location.
    static func counterpartyMetadata(_ object: JSONObject) -> CounterpartyMetadata {
        CounterpartyMetadata(
            publicAlias: object.string("public_alias"), privateAlias: object.string("private_alias"),
            moreInfo: object.string("more_info"), url: object.string("URL") ?? object.string("url"),
            imageURL: object.string("image_URL") ?? object.string("image_url"),
            openCorporatesURL: object.string("open_corporates_URL") ?? object.string("open_corporates_url"),
            corporateLocation: object.object("corporate_location").flatMap(geoTag),
            physicalLocation: object.object("physical_location").flatMap(geoTag))
    }

    /// `GET .../other_accounts/O/metadata`.
    public static func counterpartyMetadata(_ data: Data) throws(BankError) -> CounterpartyMetadata {
        counterpartyMetadata(try top(data, "counterparty metadata"))
    }

    /// `GET .../other_accounts/O/public_alias` and `private_alias`: `{"alias"}`.
    public static func alias(_ data: Data) throws(BankError) -> String {
        guard let alias = try top(data, "alias").string("alias") else {
            throw BankError(kind: .badResponse, message: "alias: missing \"alias\"")
        }
        return alias
    }

    /// An explicit counterparty (v2.2.0 to v5.1.0 share the keys; v4.0.0 added `currency`).
    static func explicitCounterparty(_ object: JSONObject) -> ExplicitCounterparty? {
        guard let id = object.string("counterparty_id"), let name = object.string("name") else { return nil }
        let routing = { (prefix: String) in
            ExplicitCounterparty.Routing(scheme: object.string(prefix + "_scheme") ?? "",
                                         address: object.string(prefix + "_address") ?? "")
        }
        let bespoke = (object.objects("bespoke") ?? []).map {
            ExplicitCounterparty.Routing(scheme: $0.string("key") ?? "", address: $0.string("value") ?? "")
        }
        return ExplicitCounterparty(
            id: CounterpartyID(rawValue: id), name: name, description: object.string("description") ?? "", currency: object.string("currency") ?? "",
            viewID: object.id("this_view_id") ?? "", bank: routing("other_bank_routing"),
            branch: routing("other_branch_routing"), account: routing("other_account_routing"),
            secondaryAccount: routing("other_account_secondary_routing"),
            isBeneficiary: object.bool("is_beneficiary") ?? false, bespoke: bespoke,
            metadata: object.object("metadata").map(counterpartyMetadata))
    }

    /// `GET .../V/counterparties`. An entry without an id or a name cannot be addressed and is dropped.
    public static func explicitCounterparties(_ data: Data) throws(BankError) -> [ExplicitCounterparty] {
        try list(try top(data, "counterparties"), "counterparties", "counterparties").compactMap(explicitCounterparty)
    }

    /// `GET .../V/counterparties/ID` and the answer to `POST .../V/counterparties`.
    public static func explicitCounterparty(_ data: Data) throws(BankError) -> ExplicitCounterparty {
        guard let counterparty = explicitCounterparty(try top(data, "counterparty")) else {
            throw BankError(kind: .badResponse, message: "counterparty: missing \"counterparty_id\" or \"name\"")
        }
        return counterparty
    }
}
