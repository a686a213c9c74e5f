/// A comment, tag or image made through one view; `label` is only used by images.
struct AnnotationRecord: Sendable {
    enum Kind: String, Sendable {
        case comment, tag, image
    }

    let id: String
    let kind: Kind
    let transactionID: String
    let value: String
    let label: String
    let date: Int64
    let user: UserRecord
}
