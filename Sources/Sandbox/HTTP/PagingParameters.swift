/// Reads OBP's paging and date filters: `obp_limit`, `obp_offset`, `obp_sort_direction`, `obp_from_date`,
/// `obp_to_date` from request headers as OBP does, falling back to `limit`, `offset`, ... in the query string.
enum PagingParameters {
    static func parse(header: (String) -> String?, query: [String: String]) throws -> TransactionQuery {
        func value(_ name: String) -> String? { header("obp_\(name)") ?? query[name] ?? query["obp_\(name)"] }
        var result = TransactionQuery()
        if let text = value("limit") {
            guard let limit = Int(text), limit >= 1 else { throw OBPError.limit }
            result.limit = limit
        }
        if let text = value("offset") {
            guard let offset = Int(text), offset >= 0 else { throw OBPError.offset }
            result.offset = offset
        }
        if let text = value("sort_direction") {
            switch text.uppercased() {
            case "ASC": result.ascending = true
            case "DESC": result.ascending = false
            default: throw OBPError.sortDirection
            }
        }
        if let text = value("from_date") {
            guard let from = Timestamp.parse(text) else { throw OBPError.dateFormat }
            result.from = from
        }
        if let text = value("to_date") {
            guard let to = Timestamp.parse(text) else { throw OBPError.dateFormat }
            result.to = to
        }
        return result
    }
}
