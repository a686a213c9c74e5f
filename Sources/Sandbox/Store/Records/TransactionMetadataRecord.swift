/// Everything annotated on one transaction through one view.
struct TransactionMetadataRecord: Sendable {
    var narrative: String?
    var comments: [AnnotationRecord] = []
    var tags: [AnnotationRecord] = []
    var images: [AnnotationRecord] = []
    var whereTag: WhereRecord?

    static let empty = TransactionMetadataRecord()
}
