import Foundation

/// OP has no metadata API: every annotation goes to the local store, keyed by this provider, the account and the
/// transaction. The view argument is accepted and ignored because OP has only the owner view.
extension OPProvider {
    public func addTag(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Tag {
        try await configuration.annotations.addTag(value, to: key(account, tx))
    }

    public func deleteTag(_ tagID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.deleteTag(tagID, from: key(account, tx))
    }

    public func addComment(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Comment {
        try await configuration.annotations.addComment(value, to: key(account, tx))
    }

    public func deleteComment(_ commentID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.deleteComment(commentID, from: key(account, tx))
    }

    public func setNarrative(_ text: String, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.setNarrative(text, on: key(account, tx))
    }

    public func deleteNarrative(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.deleteNarrative(on: key(account, tx))
    }

    public func setWhere(_ location: GeoTag, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.setWhere(location, on: key(account, tx))
    }

    public func deleteWhere(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await configuration.annotations.deleteWhere(on: key(account, tx))
    }

    public func addImage(label: String, url: String, to tx: TransactionID, in account: AccountRef,
                         view: ViewID) async throws -> TransactionImage {
        throw BankError(kind: .invalidInput, message: "OP transactions take tags, comments, a narrative and a where "
                        + "location, not images")
    }

    public func deleteImage(_ imageID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        throw BankError(kind: .invalidInput, message: "OP transactions have no images")
    }

    private nonisolated func key(_ account: AccountRef, _ tx: TransactionID) -> LocalAnnotationKey {
        LocalAnnotationKey(provider: name, account: account.accountID.rawValue, transaction: tx.rawValue)
    }
}
