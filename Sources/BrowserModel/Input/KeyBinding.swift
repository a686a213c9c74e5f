/// Keys that run one command, with the words the help overlay shows for it.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var command: Command
    public var summary: String

    public init(_ keys: [Key], _ command: Command, _ summary: String) {
        self.keys = keys
        self.command = command
        self.summary = summary
    }

    /// The keys as the help overlay writes them, e.g. `↑ / k`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " / ") }
}
