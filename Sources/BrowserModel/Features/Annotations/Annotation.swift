import BankKit

/// One change to a transaction's metadata.
public enum Annotation: Sendable, Hashable, Codable {
    case addTag(String)
    case deleteTag(id: String)
    case addComment(String)
    case deleteComment(id: String)
    case setNarrative(String)
    case setWhere(latitude: Double, longitude: Double)
    case deleteWhere
    case addImage(url: String, label: String)
    case deleteImage(id: String)

    /// What kind of change it is, without its text.
    public enum Kind: Sendable, Hashable, CaseIterable {
        case addTag, deleteTag, addComment, deleteComment, setNarrative, setWhere, deleteWhere, addImage, deleteImage

        /// The view flag the change needs: the one place a key, a prompt, the status bar, the reducer and the
        /// CLI learn it from.
        public var permission: ViewPermission {
            switch self {
            case .addTag: .canAddTag
            case .deleteTag: .canDeleteTag
            case .addComment: .canAddComment
            case .deleteComment: .canDeleteComment
            case .setNarrative: .canEditOwnerComment
            case .setWhere: .canAddWhereTag
            case .deleteWhere: .canDeleteWhereTag
            case .addImage: .canAddImage
            case .deleteImage: .canDeleteImage
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .addTag: .addTag
        case .deleteTag: .deleteTag
        case .addComment: .addComment
        case .deleteComment: .deleteComment
        case .setNarrative: .setNarrative
        case .setWhere: .setWhere
        case .deleteWhere: .deleteWhere
        case .addImage: .addImage
        case .deleteImage: .deleteImage
        }
    }

    /// The view flag a write needs; checked before any request.
    public var permission: ViewPermission { kind.permission }

    /// What the user typed, for a draft; nil for deletions, which have nothing to lose.
    public var typedText: String? {
        switch self {
        case .addTag(let text), .addComment(let text), .setNarrative(let text): text
        case .setWhere(let latitude, let longitude): "\(latitude), \(longitude)"
        case .addImage(let url, let label): label.isEmpty ? url : url + " " + label
        case .deleteTag, .deleteComment, .deleteWhere, .deleteImage: nil
        }
    }

    /// The change in a few words after "could not", e.g. `save tag "food"`, `remove the tag`.
    public var action: String { words.verb + " " + words.object }

    /// The status message once the server has it, e.g. `saved tag "food"`, `removed the tag`.
    public var done: String { words.past + " " + words.object }

    private var words: (verb: String, past: String, object: String) {
        let (save, remove, delete) = (("save", "saved"), ("remove", "removed"), ("delete", "deleted"))
        let (verb, object): ((String, String), String) = switch self {
        case .addTag(let text): (save, "tag \"\(text)\"")
        case .deleteTag: (remove, "the tag")
        case .addComment: (save, "the comment")
        case .deleteComment: (delete, "the comment")
        case .setNarrative(let text): (text.isEmpty ? remove : save, "the narrative")
        case .setWhere: (save, "the where")
        case .deleteWhere: (remove, "the where")
        case .addImage: (save, "the image")
        case .deleteImage: (remove, "the image")
        }
        return (verb.0, verb.1, object)
    }
}
