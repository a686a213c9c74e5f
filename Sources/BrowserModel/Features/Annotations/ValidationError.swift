/// Why typed text was refused, shown under the prompt.
public struct ValidationError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) { self.message = message }
}
