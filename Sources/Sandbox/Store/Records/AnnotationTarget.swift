/// The transaction and view an annotation is made through.
struct AnnotationTarget: Sendable {
    let bankID: String
    let accountID: String
    let transactionID: String
    let viewID: String
}
