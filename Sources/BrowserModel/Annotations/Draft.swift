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

    /// One draft per transaction and kind of annotation: typing a new tag text replaces the old draft tag.
    public var id: String { "\(target.provider)/\(target.account)/\(target.viewID)/\(target.transactionID)/\(kind)" }

    var kind: String {
        switch annotation {
        case .addTag: "tag"
        case .addComment: "comment"
        case .setNarrative: "narrative"
        case .setWhere: "where"
        case .deleteTag, .deleteComment, .deleteWhere: "delete"
        }
    }
}
