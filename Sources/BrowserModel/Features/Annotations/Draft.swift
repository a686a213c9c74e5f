/// Text the user typed that is not saved yet: its write failed, or the app quit before it was sent. Kept on disk
/// until it is saved or discarded. A transaction's annotation or a counterparty's metadata field: both are
/// listed, retried (`:retry`) and discarded (`:discard`) together.
public struct Draft: Sendable, Hashable, Identifiable {
    public enum Change: Sendable, Hashable {
        case annotation(AnnotationTarget, Annotation)
        /// The text typed for a counterparty's field (a clear has no text, so it is never a draft).
        case counterpartyField(CounterpartyFieldTarget, text: String)
    }

    public var change: Change
    /// Why the last attempt failed, as one line.
    public var error: String?

    public init(target: AnnotationTarget, annotation: Annotation, error: String? = nil) {
        self.init(.annotation(target, annotation), error: error)
    }

    public init(field: CounterpartyFieldTarget, text: String, error: String? = nil) {
        self.init(.counterpartyField(field, text: text), error: error)
    }

    public init(_ change: Change, error: String? = nil) {
        self.change = change
        self.error = error
    }

    /// The transaction the draft annotates; nil for a counterparty's field.
    public var target: AnnotationTarget? {
        if case .annotation(let target, _) = change { return target }
        return nil
    }

    public var annotation: Annotation? {
        if case .annotation(_, let annotation) = change { return annotation }
        return nil
    }

    /// The counterparty field the draft is for; nil for a transaction's annotation.
    public var field: CounterpartyFieldTarget? {
        if case .counterpartyField(let field, _) = change { return field }
        return nil
    }

    /// What the user typed, offered again when the same prompt opens.
    public var typedText: String? {
        switch change {
        case .annotation(_, let annotation): annotation.typedText
        case .counterpartyField(_, let text): text
        }
    }

    /// Tags and comments are one draft per text (a transaction can have several); a narrative, a where or a
    /// counterparty's field is one per place, the newest text replacing the older.
    public var id: String {
        switch change {
        case .annotation(_, .addTag(let text)), .annotation(_, .addComment(let text)): slot + "/" + text
        case .annotation(_, .addImage(let url, _)): slot + "/" + url
        default: slot
        }
    }

    /// The transaction (or counterparty) and kind of change, the place a prompt looks for text to offer again.
    var slot: String {
        switch change {
        case .annotation(let target, _):
            "\(target.provider)/\(target.account)/\(target.viewID)/\(target.transactionID)/\(kind)"
        case .counterpartyField(let field, _):
            "\(field.provider)/\(field.account)/\(field.viewID)/counterparty/\(field.counterpartyID)/\(field.field.rawValue)"
        }
    }

    var kind: String {
        switch change {
        case .annotation(_, .addTag): "tag"
        case .annotation(_, .addComment): "comment"
        case .annotation(_, .setNarrative): "narrative"
        case .annotation(_, .setWhere): "where"
        case .annotation(_, .addImage): "image"
        case .annotation(_, .deleteTag), .annotation(_, .deleteComment), .annotation(_, .deleteWhere),
             .annotation(_, .deleteImage): "delete"
        case .counterpartyField(let field, _): field.field.rawValue
        }
    }
}
