/// What the sandbox says about one endpoint in its resource docs, besides what its route says.
struct ResourceDocInfo: Sendable {
    let method: String
    let pattern: String
    /// OBP's operation name, e.g. `getBanks`.
    let name: String
    let summary: String
    let tags: [String]

    init(_ method: String, _ pattern: String, _ name: String, _ summary: String, _ tags: [String]) {
        (self.method, self.pattern, self.name, self.summary, self.tags) = (method, pattern, name, summary, tags)
    }

    /// OBP's form of the path: `banks/BANK_ID/accounts/ACCOUNT_ID/VIEW_ID/...`.
    var obpPath: String {
        let segments = pattern.split(separator: "/").map(String.init)
        return segments.enumerated().map { index, segment in
            guard segment.hasPrefix(":") else { return segment }
            switch segment.dropFirst() {
            case "bank": return "BANK_ID"
            case "account": return "ACCOUNT_ID"
            case "view": return "VIEW_ID"
            case "transaction": return "TRANSACTION_ID"
            case "other": return "OTHER_ACCOUNT_ID"
            case "user": return "USER_ID"
            case "customer": return "CUSTOMER_ID"
            case "branch": return "BRANCH_ID"
            case "docversion": return "API_VERSION"
            case "type": return "TRANSACTION_REQUEST_TYPE"
            case "request": return "TRANSACTION_REQUEST_ID"
            case "product": return "PRODUCT_CODE"
            case "attribute": return "ACCOUNT_ATTRIBUTE_ID"
            case "counterparty": return "COUNTERPARTY_ID"
            case "from": return "FROM_CURRENCY_CODE"
            case "to": return "TO_CURRENCY_CODE"
            case "provider": return "PROVIDER"
            case "providerID": return "PROVIDER_ID"
            case "entity": return "DYNAMIC_ENTITY_ID"
            // `:id` follows the list it is an item of: comments/:id is COMMENT_ID.
            default: return index > 0 ? segments[index - 1].dropLast().uppercased() + "_ID" : "ID"
            }
        }.joined(separator: "/")
    }
}
