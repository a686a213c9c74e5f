import BankKit
import Foundation

/// The JSON the counterparties command prints (keys sorted, every key present, null where the view hides a value).
extension JSONRecords {
    /// An other account with its metadata; `metadata` is null when the view hides it.
    static func counterpartyWithMetadata(_ party: Counterparty) -> [String: Any] {
        var record = counterparty(party)
        record["metadata"] = party.metadata.map(counterpartyMetadata) ?? NSNull()
        return record
    }

    static func counterpartyMetadata(_ m: CounterpartyMetadata) -> [String: Any] {
        var record = [String: Any]()
        for field in CounterpartyMetadataField.allCases where !field.isLocation {
            record[field.rawValue] = m.text(of: field) ?? NSNull()
        }
        record[CounterpartyMetadataField.corporateLocation.rawValue] = m.corporateLocation.map(geoTag) ?? NSNull()
        record[CounterpartyMetadataField.physicalLocation.rawValue] = m.physicalLocation.map(geoTag) ?? NSNull()
        return record
    }

    static func explicitCounterparty(_ c: ExplicitCounterparty) -> [String: Any] {
        let routing = { (r: ExplicitCounterparty.Routing) -> [String: Any] in ["scheme": r.scheme, "address": r.address] }
        return ["id": c.id.rawValue, "name": c.name, "description": c.description, "currency": c.currency, "view_id": c.viewID.rawValue,
                "bank_routing": routing(c.bank), "branch_routing": routing(c.branch), "account_routing": routing(c.account),
                "secondary_account_routing": routing(c.secondaryAccount), "iban": c.iban ?? NSNull(),
                "is_beneficiary": c.isBeneficiary, "bespoke": c.bespoke.map { ["key": $0.scheme, "value": $0.address] },
                "metadata": c.metadata.map(counterpartyMetadata) ?? NSNull()]
    }
}
