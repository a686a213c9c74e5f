import BrowserModel

/// The text of one table cell and the role that colours it.
public struct TableCell: Sendable, Hashable {
    public var text: SafeText
    public var role: Role

    public init(_ text: SafeText, role: Role = .text) {
        self.text = text
        self.role = role
    }
}
