/// One resource doc in the JSON form OBP serves it, for the static routes and the generated dynamic entity ones.
struct ResourceDocJSON {
    /// The version that implements the endpoint, e.g. `v4.0.0`.
    var since: String
    /// OBP's function name, e.g. `getBanks`.
    var name: String
    var method: String
    var url: String
    var summary: String
    var description: String
    var request: JSON
    var response: JSON
    var errors: [String]
    var tags: [String]
    /// The roles the endpoint asks for, each with whether it is held at a bank.
    var roles: [(name: String, requiresBankID: Bool)] = []

    var json: JSON {
        .obj([
            "operation_id": .string("OBP\(since)-\(name)"),
            "implemented_by": .obj(["version": .string("OBP\(since)"), "function": .string(name)]),
            "request_verb": .string(method), "request_url": .string(url), "specified_url": .string(url),
            "summary": .string(summary), "description": .string(description), "description_markdown": .string(description),
            "example_request_body": method == "GET" ? .obj([:]) : request,
            "success_response_body": response,
            "error_response_bodies": .array(errors.map(JSON.string)),
            "tags": .array(tags.map(JSON.string)),
            "roles": .array(roles.map { .obj(["role": .string($0.name), "requires_bank_id": .bool($0.requiresBankID)]) }),
            "is_featured": .bool(false), "special_instructions": .string(""), "connector_methods": .array([]),
        ])
    }
}
