/// The text of one table cell and the role that colours it.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role = .text) {
        self.text = text
        self.role = role
    }
}
