import Foundation

/// Counterparty metadata through a view (v1.2.1's other-account metadata endpoints, served up to v5.1.0): the whole
/// record, the aliases, and each field's POST, PUT and DELETE. Each is refused with the flag it lacks, first
/// `can_see_other_account_metadata` (also when the view hides metadata behind an alias), then the field's own.
extension OBPAPI {
    func counterpartyMetadata(_ call: APICall) async throws -> APIResponse {
        let users = self.users
        return .ok(try await onOtherAccount(call, writing: false) { _, access, counterparty, book in
            let renderer = TransactionRenderer(access: access, holders: [], users: users, counterparties: book)
            let metadata = try Self.visibleMetadata(renderer, counterparty)
            return renderer.counterpartyMetadata(metadata)
        })
    }

    func counterpartyAlias(_ call: APICall, field: CounterpartyMetadataField) async throws -> APIResponse {
        let users = self.users
        return .ok(try await onOtherAccount(call, writing: false) { _, access, counterparty, book in
            let metadata = try Self.visibleMetadata(TransactionRenderer(access: access, holders: [], users: users,
                                                                        counterparties: book), counterparty)
            try access.require(field.seeFlag)
            return .obj(["alias": .string(field.alias(in: metadata))])
        })
    }

    /// POST (201) and PUT (200) of one field.
    func setCounterpartyMetadata(_ call: APICall, field: CounterpartyMetadataField) async throws -> APIResponse {
        let userID = try call.requireUser()
        let value = try field.value(from: try call.jsonBody())
        let users = self.users
        try await onOtherAccount(call, writing: true) { db, access, counterparty, book in
            let metadata = try Self.visibleMetadata(TransactionRenderer(access: access, holders: [], users: users,
                                                                        counterparties: book), counterparty)
            try access.require(field.addFlag)
            let changed = field.applied(value, to: metadata, user: try StoreReads.user(db, id: userID), date: Self.nowMillis())
            try CounterpartyMetadataStore.save(db, account: access.account, counterpartyID: counterparty.id, changed)
        }
        return APIResponse(status: call.method == "POST" ? 201 : 200, body: APIResponse.success)
    }

    func deleteCounterpartyMetadata(_ call: APICall, field: CounterpartyMetadataField) async throws -> APIResponse {
        let users = self.users
        try await onOtherAccount(call, writing: true) { db, access, counterparty, book in
            let metadata = try Self.visibleMetadata(TransactionRenderer(access: access, holders: [], users: users,
                                                                        counterparties: book), counterparty)
            try access.require(field.deleteFlag)
            let cleared = field.applied(nil, to: metadata, user: nil, date: 0)
            try CounterpartyMetadataStore.save(db, account: access.account, counterpartyID: counterparty.id, cleared)
        }
        return .noContent
    }

    private static func visibleMetadata(_ renderer: TransactionRenderer, _ counterparty: CounterpartyRecord) throws
        -> CounterpartyMetadataRecord {
        let metadata = renderer.counterparties.metadata(for: counterparty)
        guard renderer.showsMetadata(of: metadata) else {
            throw OBPError.noPermission(ViewFlag.canSeeOtherAccountMetadata.rawValue)
        }
        return metadata
    }
}
