import Foundation

/// Explicit counterparties as OBP's v4.0.0 counterparty JSON shows them; a single one carries its metadata, in
/// that JSON's lower-case keys (`url`, `image_url`, ...), unmoderated as OBP sends it.
enum ExplicitCounterpartyRenderer {
    static func counterparty(_ c: ExplicitCounterpartyRecord, metadata: CounterpartyMetadataRecord? = nil,
                             users: UserRenderer? = nil) -> JSON {
        var members: [JSON.Member] = [
            .init(key: "name", value: .string(c.name)),
            .init(key: "description", value: .string(c.description)),
            .init(key: "currency", value: .string(c.currency)),
            .init(key: "created_by_user_id", value: .string(c.createdByUserID)),
            .init(key: "this_bank_id", value: .string(c.bankID)),
            .init(key: "this_account_id", value: .string(c.accountID)),
            .init(key: "this_view_id", value: .string(c.viewID)),
            .init(key: "counterparty_id", value: .string(c.id)),
            .init(key: "other_bank_routing_scheme", value: .string(c.otherBankRoutingScheme)),
            .init(key: "other_bank_routing_address", value: .string(c.otherBankRoutingAddress)),
            .init(key: "other_branch_routing_scheme", value: .string(c.otherBranchRoutingScheme)),
            .init(key: "other_branch_routing_address", value: .string(c.otherBranchRoutingAddress)),
            .init(key: "other_account_routing_scheme", value: .string(c.otherAccountRoutingScheme)),
            .init(key: "other_account_routing_address", value: .string(c.otherAccountRoutingAddress)),
            .init(key: "other_account_secondary_routing_scheme", value: .string(c.otherAccountSecondaryRoutingScheme)),
            .init(key: "other_account_secondary_routing_address", value: .string(c.otherAccountSecondaryRoutingAddress)),
            .init(key: "is_beneficiary", value: .bool(c.isBeneficiary)),
            .init(key: "bespoke", value: .raw(Array(c.bespoke.utf8))),
        ]
        if let m = metadata, let users {
            members.append(.init(key: "metadata", value: .obj([
                "public_alias": .string(m.publicAlias), "more_info": .string(m.moreInfo), "url": .string(m.url),
                "image_url": .string(m.imageURL), "open_corporates_url": .string(m.openCorporatesURL),
                "corporate_location": users.location(m.corporateLocation, userKey: "username"),
                "physical_location": users.location(m.physicalLocation, userKey: "username"),
                "private_alias": .string(m.privateAlias),
            ])))
        }
        return .object(members)
    }
}
