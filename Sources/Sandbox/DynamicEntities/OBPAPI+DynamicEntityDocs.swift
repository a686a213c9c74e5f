import BankKit

/// The resource docs OBP generates for each dynamic entity (`DynamicEntityHelper.createDocs`): five per entity,
/// named `dynamicEntity_createFooBar_BANK_ID` and so on, with examples built from the definition's own.
extension OBPAPI {
    /// OBP's example record id (`ExampleValue.idExample`).
    private static let exampleID = "d8839721-ad8f-45dd-9f78-2080414b93f9"

    func dynamicEntityDocs() async throws -> [JSON] {
        let entities = try await store.read { db in try DynamicEntityStore.all(db) }
        return entities.flatMap { entity -> [JSON] in
            guard let definition = try? DynamicEntityDefinition(JSONValue.stored(entity.body)) else { return [] }
            return Self.docs(entity.entityName, definition)
        }
    }

    private static func docs(_ entity: DynamicEntityName, _ definition: DynamicEntityDefinition) -> [JSON] {
        let base = "/obp/\(DynamicEntityRoutes.prefix)/" + (entity.bankID.map { "banks/\($0)/" } ?? "") + entity.name
        let one = "\(base)/\(entity.idPlaceholder)"
        let fields = JSON.object(definition.properties.map { JSON.Member(key: $0.name, value: $0.example.json) })
        let record = JSON.object([JSON.Member(key: entity.idField, value: .string(exampleID))]
                                 + definition.properties.map { JSON.Member(key: $0.name, value: $0.example.json) })
        func wrapped(_ key: String, _ value: JSON) -> JSON {
            entity.bankID.map { JSON.obj(["bank_id": .string($0), key: value]) } ?? .object([JSON.Member(key: key, value: value)])
        }
        let single = wrapped(entity.singleKey, record)
        let about = ([definition.description].compactMap { $0 } + definition.properties.compactMap { property in
            property.description.map { "* \(property.name): \($0)" }
        }).joined(separator: "\n")
        let tag = "_\(entity.words)" + (entity.bankID.map { "(\($0))" } ?? "")
        let suffix = "\(entity.name)_\(entity.bankID ?? "")"
        func doc(_ operation: DynamicEntityName.Operation, _ function: String, _ method: String, _ url: String,
                 _ summary: String, request: JSON, response: JSON) -> JSON {
            let reads = method == "GET"
            return ResourceDocJSON(since: DynamicEntityRoutes.version.rawValue, name: "dynamicEntity_\(function)", method: method,
                            url: url, summary: summary,
                            description: "\(summary).\n\(about)\n\nAuthentication is Mandatory", request: request,
                            response: response,
                            errors: ["OBP-20001: User not logged in. Authentication is required!",
                                     "OBP-20006: User is missing one or more roles: "]
                                + (reads ? [] : ["OBP-10001: Incorrect json format."]) + ["OBP-50000: Unknown Error."],
                            tags: [tag, "Dynamic-Entity", "Dynamic"],
                            roles: [(entity.role(operation), entity.bankID != nil)]).json
        }
        return [
            doc(.get, "get\(entity.name)List_\(entity.bankID ?? "")", "GET", base, "Get \(entity.words) List",
                request: .obj([:]), response: wrapped(entity.listKey, .array([record]))),
            doc(.get, "getSingle\(suffix)", "GET", one, "Get \(entity.words) by id", request: .obj([:]), response: single),
            doc(.create, "create\(suffix)", "POST", base, "Create new \(entity.words)", request: fields, response: single),
            doc(.update, "update\(suffix)", "PUT", one, "Update \(entity.words)", request: fields, response: single),
            doc(.delete, "delete\(suffix)", "DELETE", one, "Delete \(entity.words) by id", request: .obj([:]),
                response: .bool(true)),
        ]
    }
}
