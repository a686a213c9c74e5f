import Foundation

/// One API request after routing: the path parameters, the paging headers, the query, the body and the caller.
struct APICall: Sendable {
    let method: String
    let version: APIVersion
    let params: [String: String]
    /// Request headers whose names start with `obp_`, keyed by lower-cased name.
    let obpHeaders: [String: String]
    let query: [String: String]
    let body: [UInt8]
    let userID: String?
    /// The response cache's generation when a cacheable GET began, nil for any other request: work kept for a
    /// generation is valid for this call only when it has one.
    var generation: Int? = nil

    func param(_ name: String) -> String { params[name] ?? "" }

    func requireUser() throws -> String {
        guard let userID else { throw OBPError.notLoggedIn }
        return userID
    }

    func paging() throws -> TransactionQuery {
        try PagingParameters.parse(header: { obpHeaders[$0] }, query: query)
    }

    /// The body as a JSON object; anything else is OBP-10001.
    func jsonBody() throws -> [String: Any] {
        guard !body.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw OBPError.invalidJSON
        }
        return object
    }

    /// The body as an object of `JSON` values, for bodies whose values are stored and sent back as they came.
    func jsonObjectBody() throws -> JSON {
        guard let object = try? JSONDecoder().decode(JSON.self, from: Data(body)), case .object = object else {
            throw OBPError.invalidJSON
        }
        return object
    }

    func stringField(_ name: String) throws -> String {
        guard let value = try jsonBody()[name] as? String else { throw OBPError.invalidJSON }
        return value
    }
}
