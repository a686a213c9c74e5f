/// `GET /obp/vX/resource-docs/vY/obp`: the docs of exactly the endpoints the sandbox serves under vY.
/// Example bodies are not included (OBP's come from its own fixtures, which the sandbox does not ship).
extension OBPAPI {
    func resourceDocs(_ call: APICall) async throws -> APIResponse {
        guard let version = APIVersion(rawValue: call.param("docversion")) else { throw OBPError.notFound }
        let docs = OBPRoutes.all.filter { $0.serves(version) }.compactMap { route -> JSON? in
            guard let info = ResourceDocCatalog.info(method: route.method, pattern: route.pattern) else { return nil }
            let url = JSON.string("/obp/\(version.rawValue)/\(info.obpPath)")
            return .obj([
                "operation_id": .string("OBP\(route.since.rawValue)-\(info.name)"),
                "implemented_by": .obj(["version": .string("OBP\(route.since.rawValue)"), "function": .string(info.name)]),
                "request_verb": .string(route.method), "request_url": url, "specified_url": url,
                "summary": .string(info.summary), "description": .string(info.summary),
                "description_markdown": .string(info.summary),
                "example_request_body": .obj([:]), "success_response_body": .obj([:]), "error_response_bodies": .array([]),
                "tags": .array(info.tags.map(JSON.string)), "roles": .array([]), "is_featured": .bool(false),
                "special_instructions": .string(""), "connector_methods": .array([]),
            ])
        }
        return .ok(.obj(["resource_docs": .array(docs)]))
    }
}
