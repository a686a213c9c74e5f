import BankKit
import Foundation
import GRDB

/// Transaction metadata through a view: narrative, comments, tags, images and where. Each change is checked and
/// written inside one database transaction, so a refused or interrupted request leaves nothing behind.
extension OBPAPI {
    // MARK: narrative

    func narrative(_ call: APICall) async throws -> APIResponse {
        let text = try await onTransaction(call, writing: false) { db, access, target in
            try access.require(.canSeeOwnerComment)
            return try StoreReads.metadata(db, bankID: target.bankID, accountID: target.accountID, viewID: target.viewID,
                                           transactionIDs: [target.transactionID])[target.transactionID]?.narrative
        }
        return .ok(.obj(["narrative": .string(text ?? "")]))
    }

    func setNarrative(_ call: APICall) async throws -> APIResponse {
        _ = try call.requireUser()
        let text = try call.stringField("narrative")
        try await onTransaction(call, writing: true) { db, access, target in
            try access.require(.canEditOwnerComment)
            try StoreWrites.setNarrative(db, target, text: text)
        }
        return APIResponse(status: call.method == "POST" ? 201 : 200, body: APIResponse.success)
    }

    func deleteNarrative(_ call: APICall) async throws -> APIResponse {
        try await onTransaction(call, writing: true) { db, access, target in
            try access.require(.canEditOwnerComment)
            try StoreWrites.deleteNarrative(db, target)
        }
        return .noContent
    }

    // MARK: comments, tags, images

    func annotations(_ call: APICall, kind: AnnotationRecord.Kind) async throws -> APIResponse {
        let users = self.users
        let list = try await onTransaction(call, writing: false) { db, access, target -> JSON in
            try access.require(Self.seeFlag(kind))
            let metadata = try StoreReads.metadata(db, bankID: target.bankID, accountID: target.accountID,
                                                   viewID: target.viewID, transactionIDs: [target.transactionID])
            let record = metadata[target.transactionID] ?? .empty
            let items = kind == .comment ? record.comments : kind == .tag ? record.tags : record.images
            let renderer = TransactionRenderer(access: access, holders: [], users: users,
                                               counterparties: CounterpartyMetadataBook(account: access.account))
            return .array(items.map(renderer.annotation))
        }
        return .ok(.object([JSON.Member(key: Self.listKey(kind), value: list)]))
    }

    func addAnnotation(_ call: APICall, kind: AnnotationRecord.Kind) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (value, label) = try Self.annotationBody(call, kind: kind)
        let users = self.users
        let json = try await onTransaction(call, writing: true) { db, access, target -> JSON in
            try access.require(Self.addFlag(kind))
            guard let user = try StoreReads.user(db, id: userID) else { throw OBPError.notLoggedIn }
            let record = AnnotationRecord(id: UUID().uuidString.lowercased(), kind: kind,
                                          transactionID: target.transactionID, value: value, label: label,
                                          date: Self.nowMillis(), user: user)
            try StoreWrites.addAnnotation(db, target, record)
            return TransactionRenderer(access: access, holders: [], users: users,
                                               counterparties: CounterpartyMetadataBook(account: access.account)).annotation(record)
        }
        return .created(json)
    }

    func deleteAnnotation(_ call: APICall, kind: AnnotationRecord.Kind) async throws -> APIResponse {
        let id = call.param("id")
        try await onTransaction(call, writing: true) { db, access, target in
            try access.require(Self.deleteFlag(kind))
            guard try StoreWrites.deleteAnnotation(db, target, kind: kind, id: id) else {
                throw OBPError.resourceDoesNotExist
            }
        }
        return .noContent
    }

    // MARK: where

    func whereTag(_ call: APICall) async throws -> APIResponse {
        let users = self.users
        let json = try await onTransaction(call, writing: false) { db, access, target -> JSON in
            try access.require(.canSeeWhereTag)
            let record = try StoreReads.metadata(db, bankID: target.bankID, accountID: target.accountID, viewID: target.viewID,
                                                 transactionIDs: [target.transactionID])[target.transactionID]?.whereTag
            return record.map(TransactionRenderer(access: access, holders: [], users: users,
                                               counterparties: CounterpartyMetadataBook(account: access.account)).whereTag) ?? .null
        }
        return .ok(.obj(["where": json]))
    }

    func setWhere(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        guard let location = try call.jsonBody()["where"] as? [String: Any],
              let latitude = (location["latitude"] as? NSNumber)?.doubleValue,
              let longitude = (location["longitude"] as? NSNumber)?.doubleValue,
              (-90...90).contains(latitude), (-180...180).contains(longitude) else { throw OBPError.invalidJSON }
        try await onTransaction(call, writing: true) { db, access, target in
            try access.require(.canAddWhereTag)
            try StoreWrites.setWhere(db, target, latitude: latitude, longitude: longitude, date: Self.nowMillis(), userID: userID)
        }
        return APIResponse(status: call.method == "POST" ? 201 : 200, body: APIResponse.success)
    }

    func deleteWhere(_ call: APICall) async throws -> APIResponse {
        try await onTransaction(call, writing: true) { db, access, target in
            try access.require(.canDeleteWhereTag)
            guard try StoreWrites.deleteWhere(db, target) else { throw OBPError.resourceDoesNotExist }
        }
        return .noContent
    }

    // MARK: shared

    /// Resolves the view and transaction, then runs `body` in a read, or for a logged-in caller in a write transaction.
    /// `body` gets the target under the view's metadata view, where what it reads and writes is kept.
    private func onTransaction<T: Sendable>(
        _ call: APICall, writing: Bool,
        _ body: @escaping @Sendable (Database, ViewAccess, AnnotationTarget) throws -> T
    ) async throws -> T {
        if writing { _ = try call.requireUser() }
        let target = AnnotationTarget(bankID: call.param("bank"), accountID: call.param("account"),
                                      transactionID: call.param("transaction"), viewID: call.param("view"))
        let userID = call.userID
        let work: @Sendable (Database) throws -> T = { db in
            let access = try ViewAccess.resolve(db, bankID: target.bankID, accountID: target.accountID,
                                                viewID: target.viewID, userID: userID)
            guard try StoreReads.transaction(db, bankID: target.bankID, accountID: target.accountID,
                                             id: target.transactionID) != nil else { throw OBPError.transactionNotFound }
            return try body(db, access, access.metadataTarget(transactionID: target.transactionID))
        }
        return writing ? try await store.write(work) : try await store.read(work)
    }

    private static func annotationBody(_ call: APICall, kind: AnnotationRecord.Kind) throws -> (String, String) {
        switch kind {
        case .comment:
            let value = try call.stringField("value")
            guard !value.isEmpty else { throw OBPError.invalidJSON }
            return (value, "")
        case .tag:
            let value = try call.stringField("value")
            guard !value.isEmpty else { throw OBPError.invalidJSON }
            // OBP tags are single words; a tag with white space is refused.
            guard !value.contains(where: \.isWhitespace) else { throw OBPError.invalidCharacters }
            return (value, "")
        case .image:
            let body = try call.jsonBody()
            guard let url = body["URL"] as? String else { throw OBPError.invalidJSON }
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
                  parsed.host != nil else { throw OBPError.invalidURL }
            return (url, body["label"] as? String ?? "")
        }
    }

    private static func listKey(_ kind: AnnotationRecord.Kind) -> String {
        switch kind {
        case .comment: "comments"
        case .tag: "tags"
        case .image: "images"
        }
    }

    private static func seeFlag(_ kind: AnnotationRecord.Kind) -> ViewFlag {
        switch kind {
        case .comment: .canSeeComments
        case .tag: .canSeeTags
        case .image: .canSeeImages
        }
    }

    private static func addFlag(_ kind: AnnotationRecord.Kind) -> ViewFlag {
        switch kind {
        case .comment: .canAddComment
        case .tag: .canAddTag
        case .image: .canAddImage
        }
    }

    private static func deleteFlag(_ kind: AnnotationRecord.Kind) -> ViewFlag {
        switch kind {
        case .comment: .canDeleteComment
        case .tag: .canDeleteTag
        case .image: .canDeleteImage
        }
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
