import BankKit
import Foundation
import GRDB

/// Managing dynamic entities (OBP v4.0.0's `APIMethods400`): bank-level ones under
/// `/management/banks/BANK_ID/dynamic-entities`, system-level ones under `/management/system-dynamic-entities`.
/// Checked in OBP's order: the login, the bank, the role, then the body.
extension OBPAPI {
    /// `POST`: the definition is checked, its name must be new at its level, and the maker gets the four roles of
    /// its generated endpoints. Answers the definition as posted plus `userId`, `bankId` and `dynamicEntityId`.
    func createDynamicEntity(_ call: APICall, bankLevel: Bool) async throws -> APIResponse {
        let (userID, bankID) = try await requireDynamicEntityRole(call, bankLevel: bankLevel,
                                                                  bank: .canCreateBankLevelDynamicEntity,
                                                                  system: .canCreateSystemLevelDynamicEntity)
        let definition = try DynamicEntityDefinition(.object(try JSONValue.object(from: call.body)))
        let record = DynamicEntityRecord(id: UUID().uuidString.lowercased(), bankID: bankID, name: definition.name,
                                         userID: userID, body: definition.body.text(pretty: false))
        try await store.write { db in
            guard try DynamicEntityStore.named(db, bankID: bankID, name: definition.name) == nil else {
                throw OBPError.dynamicEntityNameTaken(definition.name, bankID: bankID)
            }
            try DynamicEntityStore.save(db, record)
            try EntitlementTable.grant(db, roleNames: record.entityName.roles, bankID: bankID, userID: userID)
        }
        return .created(Self.render(record))
    }

    /// `GET`: the entities of the bank, or the system-level ones.
    func dynamicEntities(_ call: APICall, bankLevel: Bool) async throws -> APIResponse {
        let (_, bankID) = try await requireDynamicEntityRole(call, bankLevel: bankLevel, bank: .canGetBankLevelDynamicEntities,
                                                             system: .canGetSystemLevelDynamicEntities)
        let entities = try await store.read { db in try DynamicEntityStore.atBank(db, bankID: bankID) }
        return .ok(.obj(["dynamic_entities": .array(entities.map(Self.render))]))
    }

    /// `GET /my/dynamic-entities`: the ones the caller made, at any level.
    func myDynamicEntities(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let entities = try await store.read { db in try DynamicEntityStore.madeBy(db, userID: userID) }
        return .ok(.obj(["dynamic_entities": .array(entities.map(Self.render))]))
    }

    /// `PUT .../DYNAMIC_ENTITY_ID`: replaces the definition, only while the entity has no records. A new name must
    /// be free; OBP leaves the roles as they were.
    func updateDynamicEntity(_ call: APICall, bankLevel: Bool) async throws -> APIResponse {
        let (userID, bankID) = try await requireDynamicEntityRole(call, bankLevel: bankLevel,
                                                                  bank: .canUpdateBankLevelDynamicEntity,
                                                                  system: .canUpdateSystemLevelDynamicEntity)
        let id = call.param("entity")
        _ = try await store.read { db in try Self.emptyEntity(db, bankID: bankID, id: id) }
        let definition = try DynamicEntityDefinition(.object(try JSONValue.object(from: call.body)))
        let record = DynamicEntityRecord(id: id, bankID: bankID, name: definition.name, userID: userID,
                                         body: definition.body.text(pretty: false))
        try await store.write { db in
            let current = try Self.emptyEntity(db, bankID: bankID, id: id)
            if current.name != definition.name, try DynamicEntityStore.named(db, bankID: bankID, name: definition.name) != nil {
                throw OBPError.dynamicEntityNameTaken(definition.name, bankID: bankID)
            }
            try DynamicEntityStore.save(db, record)
        }
        return .ok(Self.render(record))
    }

    /// `DELETE .../DYNAMIC_ENTITY_ID`: only while the entity has no records; its roles go with it. Answers `true`.
    func deleteDynamicEntity(_ call: APICall, bankLevel: Bool) async throws -> APIResponse {
        let (_, bankID) = try await requireDynamicEntityRole(call, bankLevel: bankLevel,
                                                             bank: .canDeleteBankLevelDynamicEntity,
                                                             system: .canDeleteSystemLevelDynamicEntity)
        let id = call.param("entity")
        try await store.write { db in
            let entity = try Self.emptyEntity(db, bankID: bankID, id: id)
            try DynamicEntityStore.delete(db, entity)
            try EntitlementTable.revokeEverywhere(db, roleNames: entity.entityName.roles, bankID: bankID)
        }
        return .ok(.bool(true))
    }

    /// The caller and the bank (nil at system level), after OBP's checks of the login, the bank and the role.
    private func requireDynamicEntityRole(_ call: APICall, bankLevel: Bool, bank bankRole: Role,
                                          system systemRole: Role) async throws -> (String, String?) {
        let userID = try call.requireUser()
        guard bankLevel else {
            try await requireRole(systemRole, call: call)
            return (userID, nil)
        }
        let bankID = call.param("bank")
        try await store.read { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [bankRole], bankID: bankID, userID: userID)
        }
        return (userID, bankID)
    }

    /// The entity with the id at the level, which must have no records yet.
    private static func emptyEntity(_ db: Database, bankID: String?, id: String) throws -> DynamicEntityRecord {
        guard let entity = try DynamicEntityStore.find(db, bankID: bankID, id: id) else { throw OBPError.dynamicEntityNotFound }
        guard try !DynamicEntityStore.hasRecords(db, of: entity.entityName) else { throw OBPError.dynamicEntityHasData }
        return entity
    }

    /// OBP's form of a stored entity: the definition as posted, then `userId`, `bankId` (bank level) and
    /// `dynamicEntityId`.
    static func render(_ entity: DynamicEntityRecord) -> JSON {
        guard case .object(let members) = JSONValue.stored(entity.body).json else { return .null }
        var extra = [JSON.Member(key: "userId", value: .string(entity.userID))]
        if let bankID = entity.bankID { extra.append(JSON.Member(key: "bankId", value: .string(bankID))) }
        extra.append(JSON.Member(key: "dynamicEntityId", value: .string(entity.id)))
        return .object(members + extra)
    }
}
