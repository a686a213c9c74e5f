/// `GET /obp/vX/resource-docs/vY/obp`: the docs of exactly the endpoints the sandbox serves under vY.
/// Example bodies, errors and descriptions are OBP's when the sandbox was given OBP's docs (`ResourceDocExamples`).
extension OBPAPI {
    func resourceDocs(_ call: APICall) async throws -> APIResponse {
        guard let version = APIVersion(rawValue: call.param("docversion")) else { throw OBPError.notFound }
        let docs = OBPRoutes.all.filter { $0.serves(version) }.compactMap { route -> JSON? in
            guard let info = ResourceDocCatalog.info(method: route.method, pattern: route.pattern) else { return nil }
            let url = JSON.string("/obp/\(version.rawValue)/\(info.obpPath)")
            let example = examples.byName[info.name]
            let description = JSON.string(example.map(\.description).flatMap { $0.isEmpty ? nil : $0 } ?? info.summary)
            return .obj([
                "operation_id": .string("OBP\(route.since.rawValue)-\(info.name)"),
                "implemented_by": .obj(["version": .string("OBP\(route.since.rawValue)"), "function": .string(info.name)]),
                "request_verb": .string(route.method), "request_url": url, "specified_url": url,
                "summary": .string(info.summary), "description": description, "description_markdown": description,
                "example_request_body": route.method == "GET" ? .obj([:]) : example?.request ?? .obj([:]),
                "success_response_body": example?.response ?? .obj([:]),
                "error_response_bodies": .array((example?.errors ?? []).map(JSON.string)),
                "tags": .array(info.tags.map(JSON.string)), "roles": .array([]), "is_featured": .bool(false),
                "special_instructions": .string(""), "connector_methods": .array([]),
            ])
        }
        return .ok(.obj(["resource_docs": .array(docs)]))
    }
}
