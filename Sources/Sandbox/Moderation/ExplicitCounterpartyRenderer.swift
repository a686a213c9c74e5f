import Foundation

/// Explicit counterparties as OBP's v4.0.0 counterparty JSON shows them; a single one carries its metadata.
enum ExplicitCounterpartyRenderer {
    static func counterparty(_ c: ExplicitCounterpartyRecord, withMetadata: Bool) -> JSON {
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
        if withMetadata {
            members.append(.init(key: "metadata", value: .obj([
                "public_alias": .string(DerivedID.publicAlias(c.bankID, c.accountID, c.name)), "more_info": .string(""),
                "url": .string(""), "image_url": .string(""), "open_corporates_url": .string(""),
                "corporate_location": .null, "physical_location": .null, "private_alias": .string(""),
            ])))
        }
        return .object(members)
    }
}
