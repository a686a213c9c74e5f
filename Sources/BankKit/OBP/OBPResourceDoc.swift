/// One endpoint in an OBP server's resource docs, as API Explorer (`:api`) lists and sends it.
public struct OBPResourceDoc: Sendable, Hashable {
    public var method: HTTPMethod
    /// The server path with OBP's upper-case placeholders, e.g. `/obp/v5.1.0/banks/BANK_ID/accounts`.
    public var url: String
    public var summary: String
    public var description: String
    public var tags: [String]
    /// The example request body as compact JSON; nil when the doc has none (OBP writes `{}` then).
    public var exampleBody: String?

    public init(method: HTTPMethod, url: String, summary: String, description: String = "", tags: [String] = [],
                exampleBody: String? = nil) {
        self.method = method
        self.url = url
        self.summary = summary
        self.description = description
        self.tags = tags
        self.exampleBody = exampleBody
    }

    /// The docs of a `resource-docs` answer; entries with a verb this client cannot send are left out.
    public static func list(in value: JSONValue) -> [OBPResourceDoc] {
        guard case .array(let entries)? = value["resource_docs"] else { return [] }
        return entries.compactMap { entry -> OBPResourceDoc? in
            guard case .string(let verb)? = entry["request_verb"], let method = HTTPMethod(rawValue: verb.uppercased()),
                  case .string(let url)? = entry["request_url"] else { return nil }
            var tags = [String]()
            if case .array(let items)? = entry["tags"] {
                for case .string(let tag) in items { tags.append(tag) }
            }
            return OBPResourceDoc(method: method, url: url, summary: text(entry["summary"]),
                                  description: text(entry["description_markdown"] ?? entry["description"]), tags: tags,
                                  exampleBody: exampleBody(entry["example_request_body"]))
        }
    }

    /// OBP writes `{}`, null or its empty class `{"jsonString":"{}"}` where an endpoint takes no body.
    private static func exampleBody(_ value: JSONValue?) -> String? {
        switch value {
        case nil, .null?: nil
        case .object(let members)? where members.isEmpty: nil
        case .object(let members)? where members.count == 1 && value?["jsonString"] == .string("{}"): nil
        case let body?: body.text(pretty: false)
        }
    }

    private static func text(_ value: JSONValue?) -> String {
        if case .string(let text)? = value { text } else { "" }
    }
}
