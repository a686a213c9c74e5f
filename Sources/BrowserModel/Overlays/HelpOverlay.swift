/// The `?` overlay. The key list itself belongs to the UI's key map; this holds the filter typed over it.
public struct HelpOverlay: Sendable, Hashable {
    public internal(set) var filter = LineEditor()
    public internal(set) var scroll = 0

    public init() {}
}
