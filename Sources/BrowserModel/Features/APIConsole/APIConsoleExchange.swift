/// A request and its answer, kept while the user looks at that endpoint.
public struct APIConsoleExchange: Sendable, Hashable {
    public var request: APIConsoleRequest
    public var answer: APIConsoleAnswer
}
