import BankKit

/// What a successful write returns.
public enum WriteResult: Sendable, Hashable {
    case tag(Tag)
    case comment(Comment)
    case image(TransactionImage)
    case done
}
