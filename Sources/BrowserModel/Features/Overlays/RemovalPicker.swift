/// The `T` / `C` / `I` picker: choose the tag, comment or image of the selected transaction to delete.
public struct RemovalPicker: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case tag
        case comment
        case image

        /// The write that removes the item with `id`.
        func deletion(_ id: String) -> Annotation {
            switch self {
            case .tag: .deleteTag(id: id)
            case .comment: .deleteComment(id: id)
            case .image: .deleteImage(id: id)
            }
        }

        /// What the picker removes, in the plural, for its messages.
        public var noun: String {
            switch self {
            case .tag: "tags"
            case .comment: "comments"
            case .image: "images"
            }
        }
    }

    public struct Option: Sendable, Hashable {
        public var id: String
        /// The tag or comment text, or an image's label and URL (raw server data).
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
