import BankKit

/// `bankterm api --paginate`: asks page after page (`offset`/`limit` in the query and `obp_offset`/`obp_limit` as
/// headers, as OBP reads either) until a page is shorter than the limit, and joins the pages' list into one answer.
/// The list is the answer itself when it is an array, else its first member whose value is an array.
struct APIPager {
    static let defaultLimit = 50
    /// A guard against a server that never sends a short page.
    static let maxPages = 10_000

    let client: any RawAPICalling

    func fetchAll(_ request: RawAPIRequest) async throws -> (first: HTTPResponse, merged: JSONValue) {
        let limitText = request.query.first { $0.0 == "limit" || $0.0 == "obp_limit" }?.1
        let limit = limitText.flatMap(Int.init) ?? Self.defaultLimit
        var base = request
        base.query.removeAll { ["limit", "offset", "obp_limit", "obp_offset"].contains($0.0) }
        var first: HTTPResponse?
        var template: JSONValue = .array([])
        var items = [JSONValue]()
        for page in 0..<Self.maxPages {
            var pageRequest = base
            let offset = String(page * limit)
            pageRequest.query += [("limit", String(limit)), ("offset", offset)]
            pageRequest.headers += [HTTPHeader("obp_limit", String(limit)), HTTPHeader("obp_offset", offset)]
            let response = try await client.send(pageRequest)
            guard (200..<300).contains(response.status) else { throw client.error(for: response) }
            let value = try JSONValue.parse(Array(response.body))
            if first == nil { (first, template) = (response, value) }
            let list = Self.list(in: value)
            items += list
            if list.count < limit { break }
        }
        return (first!, Self.replacingList(in: template, with: items))
    }

    static func list(in value: JSONValue) -> [JSONValue] {
        switch value {
        case .array(let items): return items
        case .object(let members):
            for member in members { if case .array(let items) = member.value { return items } }
            return []
        default: return []
        }
    }

    static func replacingList(in value: JSONValue, with items: [JSONValue]) -> JSONValue {
        switch value {
        case .array: return .array(items)
        case .object(var members):
            if let index = members.firstIndex(where: { if case .array = $0.value { true } else { false } }) {
                members[index].value = .array(items)
            }
            return .object(members)
        default: return value
        }
    }
}
