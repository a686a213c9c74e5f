/// An annotation the user typed that is not saved yet: its write failed, or the app quit before it was sent.
/// Kept on disk until it is saved or discarded.
public struct Draft: Sendable, Hashable, Codable, Identifiable {
    public var target: AnnotationTarget
    public var annotation: Annotation
    /// Why the last attempt failed, as one line.
    public var error: String?

    public init(target: AnnotationTarget, annotation: Annotation, error: String? = nil) {
        self.target = target
        self.annotation = annotation
        self.error = error
    }

    /// Tags and comments are one draft per text (a transaction can have several); a narrative or a where
    /// is one per transaction, the newest text replacing the older.
    public var id: String {
        switch annotation {
        case .addTag(let text), .addComment(let text): slot + "/" + text
        case .addImage(let url, _): slot + "/" + url
        default: slot
        }
    }

    /// The transaction and kind of annotation, the place a prompt looks for text to offer again.
    var slot: String { "\(target.provider)/\(target.account)/\(target.viewID)/\(target.transactionID)/\(kind)" }

    var kind: String {
        switch annotation {
        case .addTag: "tag"
        case .addComment: "comment"
        case .setNarrative: "narrative"
        case .setWhere: "where"
        case .addImage: "image"
        case .deleteTag, .deleteComment, .deleteWhere, .deleteImage: "delete"
        }
    }
}
