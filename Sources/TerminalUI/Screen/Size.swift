/// A terminal size in rows and columns.
public struct Size: Sendable, Hashable {
    public var rows: Int
    public var cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }
}
