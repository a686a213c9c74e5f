import BankKit
import Foundation
import GRDB

/// The endpoints OBP generates for every dynamic entity, under `/obp/dynamic-entity/`: `banks/BANK_ID/NAME[/ID]`
/// for a bank-level entity, `NAME[/ID]` for a system-level one (`APIMethodsDynamicEntity`). Each asks for the role
/// OBP made for the entity and operation; a record is checked against the definition and gets `NAME_id`.
/// Responses wrap records as OBP does: `{"bank_id": B, "foo_bar": {..}}`, `{"bank_id": B, "foo_bar_list": [..]}`.
extension OBPAPI {
    /// `GET NAME`: every record, narrowed by query parameters naming a field and its value (`?name=James`).
    func dynamicEntityRecords(_ call: APICall) async throws -> APIResponse {
        let (entity, _) = try await dynamicEntity(call, .get)
        let records = try await store.read { db in try DynamicEntityStore.records(db, of: entity) }.map(JSONValue.stored)
        let filters = call.query.filter { $0.key != "locale" }
        let matching = records.filter { record in filters.allSatisfy { Self.field(record[$0.key], equals: $0.value) } }
        return .ok(Self.wrap(entity, key: entity.listKey, .array(matching.map(\.json))))
    }

    /// `GET NAME/ID`.
    func dynamicEntityRecord(_ call: APICall) async throws -> APIResponse {
        let (entity, _) = try await dynamicEntity(call, .get)
        let id = call.param("id")
        guard let record = try await store.read({ db in try DynamicEntityStore.record(db, of: entity, id: id) }) else {
            throw OBPError.dynamicRecordNotFound
        }
        return .ok(Self.wrap(entity, key: entity.singleKey, JSONValue.stored(record).json))
    }

    /// `POST NAME`: 201 with the record and its id, which the body may choose (a string or an integer, as OBP takes).
    func createDynamicEntityRecord(_ call: APICall) async throws -> APIResponse {
        let (entity, definition) = try await dynamicEntity(call, .create)
        let fields = try JSONValue.object(from: call.body)
        try definition.validate(fields)
        let id = switch fields.first(where: { $0.key == entity.idField })?.value {
        case .string(let text)? where !text.isEmpty: text
        case .number(let text)? where !text.contains(where: { ".eE".contains($0) }): text
        default: UUID().uuidString.lowercased()
        }
        let record = Self.record(fields, id: id, idField: entity.idField)
        try await store.write { db in
            guard try DynamicEntityStore.insertRecord(db, of: entity, id: id, body: record.text(pretty: false)) else {
                throw OBPError.dynamicRecordIDTaken(entity.idField, id)
            }
        }
        return .created(Self.wrap(entity, key: entity.singleKey, record.json))
    }

    /// `PUT NAME/ID`: the body replaces the record.
    func updateDynamicEntityRecord(_ call: APICall) async throws -> APIResponse {
        let (entity, definition) = try await dynamicEntity(call, .update)
        let id = call.param("id")
        try await requireRecord(entity, id: id)
        let fields = try JSONValue.object(from: call.body)
        try definition.validate(fields)
        let record = Self.record(fields, id: id, idField: entity.idField)
        try await store.write { db in
            try DynamicEntityStore.updateRecord(db, of: entity, id: id, body: record.text(pretty: false))
        }
        return .ok(Self.wrap(entity, key: entity.singleKey, record.json))
    }

    /// `DELETE NAME/ID`: answers `true`.
    func deleteDynamicEntityRecord(_ call: APICall) async throws -> APIResponse {
        let (entity, _) = try await dynamicEntity(call, .delete)
        let id = call.param("id")
        try await requireRecord(entity, id: id)
        try await store.write { db in try DynamicEntityStore.deleteRecord(db, of: entity, id: id) }
        return .ok(.bool(true))
    }

    /// The entity the path names (none is OBP-10404, as OBP matches no route then), after the login and its role.
    private func dynamicEntity(_ call: APICall, _ operation: DynamicEntityName.Operation) async throws
        -> (DynamicEntityName, DynamicEntityDefinition) {
        let bankID = call.params["bank"], name = call.param("entityName")
        guard let entity = try await store.read({ db in try DynamicEntityStore.named(db, bankID: bankID, name: name) }) else {
            throw OBPError.notFound
        }
        let userID = try call.requireUser()
        let role = entity.entityName.role(operation)
        guard try await store.read({ db in try EntitlementTable.holds(db, userID: userID, roleName: role, bankID: bankID) }) else {
            throw OBPError.missingDynamicEntityRole(role, bankID: bankID)
        }
        return (entity.entityName, try DynamicEntityDefinition(JSONValue.stored(entity.body)))
    }

    private func requireRecord(_ entity: DynamicEntityName, id: String) async throws {
        guard try await store.read({ db in try DynamicEntityStore.record(db, of: entity, id: id) }) != nil else {
            throw OBPError.dynamicRecordNotFound
        }
    }

    /// The body with its id field set to `id`, where the body had it or else last.
    private static func record(_ fields: [(key: String, value: JSONValue)], id: String, idField: String) -> JSONValue {
        var fields = fields
        if let index = fields.firstIndex(where: { $0.key == idField }) {
            fields[index].value = .string(id)
        } else {
            fields.append((key: idField, value: .string(id)))
        }
        return .object(fields)
    }

    private static func wrap(_ entity: DynamicEntityName, key: String, _ value: JSON) -> JSON {
        guard let bankID = entity.bankID else { return .object([JSON.Member(key: key, value: value)]) }
        return .obj(["bank_id": .string(bankID), key: value])
    }

    /// A query filter's match: the field's text is the value (a string as is, numbers and booleans as written).
    private static func field(_ value: JSONValue?, equals text: String) -> Bool {
        switch value {
        case .string(let string): string == text
        case .number(let number): number == text || Double(number).map { $0 == Double(text) } == true
        case .bool(let bool): String(bool) == text
        default: false
        }
    }
}
