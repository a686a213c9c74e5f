import BankKit

/// A write in flight, with what is needed to undo its optimistic change if it fails.
struct PendingWrite: Sendable, Hashable {
    var target: AnnotationTarget
    var annotation: Annotation
    /// The transaction's metadata before the optimistic change.
    var previous: TransactionMetadata
    /// The temporary id given to an optimistically added tag or comment.
    var placeholderID: String

    var draftID: String { Draft(target: target, annotation: annotation).id }
}
