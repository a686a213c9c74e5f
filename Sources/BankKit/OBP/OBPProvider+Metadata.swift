import Foundation

extension OBPProvider {
    public func narrative(of tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> String? {
        try OBPWire.narrative(await call(.get, metadataPath(account, view, tx, "narrative")))
    }

    public func tags(of tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> [Tag] {
        try OBPWire.tags(await call(.get, metadataPath(account, view, tx, "tags")))
    }

    public func comments(of tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> [Comment] {
        try OBPWire.comments(await call(.get, metadataPath(account, view, tx, "comments")))
    }

    public func images(of tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> [TransactionImage] {
        try OBPWire.images(await call(.get, metadataPath(account, view, tx, "images")))
    }

    public func whereTag(of tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> GeoTag? {
        try OBPWire.whereTag(await call(.get, metadataPath(account, view, tx, "where")))
    }

    /// OBP refuses tags with white space; refusing here saves a request and gives a clearer message.
    public func addTag(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Tag {
        guard !value.isEmpty, !value.contains(where: \.isWhitespace) else {
            throw BankError(kind: .invalidInput, message: "a tag must be one word without spaces: \"\(value)\"")
        }
        let body = Self.json(["value": value])
        return try OBPWire.tag(await call(.post, metadataPath(account, view, tx, "tags"), body: body))
    }

    public func deleteTag(_ tagID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        _ = try await call(.delete, metadataPath(account, view, tx, "tags") + "/\(Self.encode(tagID))")
    }

    public func addComment(_ value: String, to tx: TransactionID, in account: AccountRef,
                           view: ViewID) async throws -> Comment {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BankError(kind: .invalidInput, message: "a comment cannot be empty")
        }
        let body = Self.json(["value": value])
        return try OBPWire.comment(await call(.post, metadataPath(account, view, tx, "comments"), body: body))
    }

    public func deleteComment(_ commentID: String, from tx: TransactionID, in account: AccountRef,
                              view: ViewID) async throws {
        _ = try await call(.delete, metadataPath(account, view, tx, "comments") + "/\(Self.encode(commentID))")
    }

    /// PUT replaces a narrative; a server that wants the first one created by POST says 404 and gets a POST.
    public func setNarrative(_ text: String, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try await putOrPost(metadataPath(account, view, tx, "narrative"), body: Self.json(["narrative": text]))
    }

    public func deleteNarrative(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        _ = try await call(.delete, metadataPath(account, view, tx, "narrative"))
    }

    public func setWhere(_ location: GeoTag, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        guard (-90...90).contains(location.latitude), (-180...180).contains(location.longitude) else {
            throw BankError(kind: .invalidInput,
                            message: "latitude must be in -90...90 and longitude in -180...180")
        }
        let body = Self.json(["where": ["latitude": location.latitude, "longitude": location.longitude]])
        try await putOrPost(metadataPath(account, view, tx, "where"), body: body)
    }

    public func deleteWhere(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        _ = try await call(.delete, metadataPath(account, view, tx, "where"))
    }

    public func addImage(label: String, url: String, to tx: TransactionID, in account: AccountRef,
                         view: ViewID) async throws -> TransactionImage {
        let body = Self.json(["label": label, "URL": url])
        return try OBPWire.image(await call(.post, metadataPath(account, view, tx, "images"), body: body))
    }

    public func deleteImage(_ imageID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        _ = try await call(.delete, metadataPath(account, view, tx, "images") + "/\(Self.encode(imageID))")
    }

    func putOrPost(_ path: String, body: Data) async throws {
        do {
            _ = try await call(.put, path, body: body)
        } catch let error as BankError where error.kind == .notFound {
            _ = try await call(.post, path, body: body)
        }
    }

    private nonisolated func metadataPath(_ account: AccountRef, _ view: ViewID, _ tx: TransactionID,
                                          _ kind: String) -> String {
        transactionPath(account, view, tx) + "/metadata/" + kind
    }
}
