/// `GET /obp/vX/resource-docs/vY/obp`: the docs of exactly the endpoints the sandbox serves under vY, and from
/// v4.0.0 on those generated for the dynamic entities that exist.
/// Example bodies, errors and descriptions are OBP's when the sandbox was given OBP's docs (`ResourceDocExamples`).
extension OBPAPI {
    func resourceDocs(_ call: APICall) async throws -> APIResponse {
        guard let version = APIVersion(rawValue: call.param("docversion")) else { throw OBPError.notFound }
        let docs = OBPRoutes.all.filter { $0.serves(version) }.compactMap { route -> JSON? in
            guard let info = ResourceDocCatalog.info(method: route.method, pattern: route.pattern) else { return nil }
            let example = examples.byName[info.name]
            let description = example.map(\.description).flatMap { $0.isEmpty ? nil : $0 } ?? info.summary
            return ResourceDocJSON(since: route.since.rawValue, name: info.name, method: route.method,
                                   url: "/obp/\(version.rawValue)/\(info.obpPath)", summary: info.summary,
                                   description: description, request: example?.request ?? .obj([:]),
                                   response: example?.response ?? .obj([:]), errors: example?.errors ?? [],
                                   tags: info.tags).json
        }
        let generated = version >= DynamicEntityRoutes.version ? try await dynamicEntityDocs() : []
        return .ok(.obj(["resource_docs": .array(docs + generated)]))
    }
}
