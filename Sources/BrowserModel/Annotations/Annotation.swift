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

    /// The view flag a write needs; checked before any request.
    public var permission: ViewPermission {
        switch self {
        case .addTag: .canAddTag
        case .deleteTag: .canDeleteTag
        case .addComment: .canAddComment
        case .deleteComment: .canDeleteComment
        case .setNarrative: .canEditOwnerComment
        case .setWhere: .canAddWhereTag
        case .deleteWhere: .canDeleteWhereTag
        }
    }

    /// What the user typed, for a draft; nil for deletions, which have nothing to lose.
    public var typedText: String? {
        switch self {
        case .addTag(let text), .addComment(let text), .setNarrative(let text): text
        case .setWhere(let latitude, let longitude): "\(latitude), \(longitude)"
        case .deleteTag, .deleteComment, .deleteWhere: nil
        }
    }

    /// A few words for status messages, e.g. `tag "food"`.
    public var label: String {
        switch self {
        case .addTag(let text): "tag \"\(text)\""
        case .deleteTag: "tag deletion"
        case .addComment: "comment"
        case .deleteComment: "comment deletion"
        case .setNarrative: "narrative"
        case .setWhere: "where"
        case .deleteWhere: "where deletion"
        }
    }
}
