/// The `T` / `C` picker: choose the tag or comment of the selected transaction to delete.
public struct RemovalPicker: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case tag
        case comment
    }

    public struct Option: Sendable, Hashable {
        public var id: String
        /// The tag or comment text (raw server data).
        public var text: String
        public var author: String?
    }

    public internal(set) var kind: Kind
    public internal(set) var target: AnnotationTarget
    public internal(set) var options: [Option]
    public internal(set) var selection = ListSelection()

    init(kind: Kind, target: AnnotationTarget, options: [Option]) {
        self.kind = kind
        self.target = target
        self.options = options
    }

    public var selected: Option? { options.indices.contains(selection.index) ? options[selection.index] : nil }
}
