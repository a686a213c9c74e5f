/// The server's own description of its endpoints, for API Explorer. Sent through `RawAPICalling` so the docs come
/// with the same server, version and login as every request the explorer then sends.
extension OBPProvider {
    public func resourceDocs() async throws -> [OBPResourceDoc] {
        let version = configuration.apiVersion.rawValue
        let response = try await send(RawAPIRequest(method: .get, path: "/resource-docs/\(version)/obp"))
        guard (200..<300).contains(response.status) else { throw error(for: response) }
        guard let value = try? JSONValue.parse(Array(response.body)) else {
            throw BankError(kind: .badResponse, message: "the resource docs are not JSON")
        }
        return OBPResourceDoc.list(in: value)
    }
}
