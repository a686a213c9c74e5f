/// The endpoints OBP generates for dynamic entities, served under `/obp/dynamic-entity/` rather than a version
/// prefix. Which entities exist is the store's business: a path naming none is OBP-10404 from the handler.
enum DynamicEntityRoutes {
    static let prefix = "dynamic-entity"
    /// OBP implements the generated endpoints in v4.0.0 (`DynamicEntityHelper.implementedInApiVersion`).
    static let version = APIVersion.v4_0_0

    static let all: [Route] = [
        Route("GET", "banks/:bank/:entityName", since: version) { api, call in try await api.dynamicEntityRecords(call) },
        Route("POST", "banks/:bank/:entityName", since: version) { api, call in try await api.createDynamicEntityRecord(call) },
        Route("GET", "banks/:bank/:entityName/:id", since: version) { api, call in try await api.dynamicEntityRecord(call) },
        Route("PUT", "banks/:bank/:entityName/:id", since: version) { api, call in try await api.updateDynamicEntityRecord(call) },
        Route("DELETE", "banks/:bank/:entityName/:id", since: version) { api, call in try await api.deleteDynamicEntityRecord(call) },
        Route("GET", ":entityName", since: version) { api, call in try await api.dynamicEntityRecords(call) },
        Route("POST", ":entityName", since: version) { api, call in try await api.createDynamicEntityRecord(call) },
        Route("GET", ":entityName/:id", since: version) { api, call in try await api.dynamicEntityRecord(call) },
        Route("PUT", ":entityName/:id", since: version) { api, call in try await api.updateDynamicEntityRecord(call) },
        Route("DELETE", ":entityName/:id", since: version) { api, call in try await api.deleteDynamicEntityRecord(call) },
    ]

    static func route(method: String, path: [String]) -> (Route, [String: String])? {
        for route in all where route.method == method {
            if let params = route.match(path) { return (route, params) }
        }
        return nil
    }
}
