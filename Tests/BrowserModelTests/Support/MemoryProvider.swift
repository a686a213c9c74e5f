import BankKit
import Foundation
import TestSupport

/// A provider serving the fixture from memory, counting every call, so tests can check what the cache saved.
/// Views: `owner` may do everything; `_public` sees no amounts and may not add tags.
actor MemoryProvider: BankProvider {
    nonisolated let name = "memory"
    nonisolated let capabilities = ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                        supportsImages: false, supportsBranches: false)
    private let data: FixtureData
    private var metadata: [String: TransactionMetadata] = [:]
    private var nextID = 0
    /// Calls per method name, e.g. `transactions`.
    private(set) var calls: [String: Int] = [:]
    /// Offsets requested per view, in order.
    private(set) var pageRequests: [(view: ViewID, offset: Int)] = []
    /// Writes fail with this error while set.
    var writeFailure: BankError?
    /// While set, a page request waits this long before it counts as sent, as a slow network would; a cancelled
    /// request is never sent.
    private var pageDelay: Duration?

    func setPageDelay(_ delay: Duration?) { pageDelay = delay }

    init(data: FixtureData = .shared) {
        self.data = data
    }

    static let ownerView = ViewSummary(id: "owner", shortName: "Owner", isSystem: true, permissions: nil)
    static let publicView = ViewSummary(id: "_public", shortName: "Public", isPublic: true,
                                        permissions: [.canSeeTransactionDescription, .canSeeTags])

    var rateLimit: RateLimit? { RateLimit(limit: 1000, remaining: 1000 - requestCount) }
    var requestCount: Int { calls.values.reduce(0, +) }

    func setWriteFailure(_ error: BankError?) { writeFailure = error }

    func count(_ method: String) -> Int { calls[method, default: 0] }

    private func record(_ method: String) { calls[method, default: 0] += 1 }

    func currentUser() async throws -> User {
        record("currentUser")
        return User(id: "u1", username: "susan")
    }

    func banks() async throws -> [Bank] {
        record("banks")
        return data.banks
    }

    func branches(bank: BankID) async throws -> [Branch] {
        record("branches")
        return []
    }

    func accounts(bank: BankID?) async throws -> [Account] {
        record("accounts")
        return data.accounts.filter { bank == nil || $0.ref.bankID == bank }
            .map { var account = $0; account.views = [Self.ownerView, Self.publicView]; return account }
    }

    func views(account: AccountRef) async throws -> [ViewSummary] {
        record("views")
        // As OBP answers: every view with its flags, where the account list named them without.
        var owner = Self.ownerView
        owner.permissions = Set(ViewFlag.allCases.map { ViewPermission(rawValue: $0.rawValue) })
        return [owner, Self.publicView]
    }

    func account(_ account: AccountRef, view: ViewID) async throws -> Account {
        record("account")
        guard let found = data.accounts.first(where: { $0.ref == account }) else {
            throw BankError(kind: .notFound, status: 404, message: "no such account")
        }
        return found
    }

    func transactions(_ account: AccountRef, view: ViewID, page: PageRequest) async throws -> Page<Transaction> {
        if let pageDelay { try await Task.sleep(for: pageDelay) }
        record("transactions")
        pageRequests.append((view, page.offset))
        let all = data.transactions[account] ?? []
        let slice = all.dropFirst(page.offset).prefix(page.limit)
        return Page(items: slice.map { moderate($0, view: view) }, request: page)
    }

    func transaction(_ account: AccountRef, view: ViewID, id: TransactionID) async throws -> Transaction {
        record("transaction")
        guard let found = data.transactions[account]?.first(where: { $0.id == id }) else {
            throw BankError(kind: .notFound, status: 404, message: "no such transaction")
        }
        return moderate(found, view: view)
    }

    private func moderate(_ transaction: Transaction, view: ViewID) -> Transaction {
        var seen = transaction
        seen.metadata = metadata["\(view)/\(transaction.id)"] ?? seen.metadata
        if view == "_public" {
            seen.value = nil
            seen.newBalance = nil
            seen.metadata.comments = nil
        }
        return seen
    }

    private func change(_ tx: TransactionID, view: ViewID, _ body: (inout TransactionMetadata) -> Void) throws {
        record("write")
        if let writeFailure { throw writeFailure }
        var current = metadata["\(view)/\(tx)"]
            ?? TransactionMetadata(tags: [], comments: [], images: [], whereTag: .absent)
        body(&current)
        metadata["\(view)/\(tx)"] = current
    }

    private func newID() -> String {
        nextID += 1
        return "id-\(nextID)"
    }

    func addTag(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Tag {
        let tag = Tag(id: newID(), value: value, author: "susan")
        try change(tx, view: view) { $0.tags = ($0.tags ?? []) + [tag] }
        return tag
    }

    func deleteTag(_ tagID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.tags?.removeAll { $0.id == tagID } }
    }

    func addComment(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Comment {
        let comment = Comment(id: newID(), value: value, author: "susan")
        try change(tx, view: view) { $0.comments = ($0.comments ?? []) + [comment] }
        return comment
    }

    func deleteComment(_ commentID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.comments?.removeAll { $0.id == commentID } }
    }

    func setNarrative(_ text: String, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.narrative = text }
    }

    func deleteNarrative(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.narrative = nil }
    }

    func setWhere(_ location: GeoTag, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.whereTag = .value(location) }
    }

    func deleteWhere(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        try change(tx, view: view) { $0.whereTag = .absent }
    }

    func addImage(label: String, url: String, to tx: TransactionID, in account: AccountRef,
                  view: ViewID) async throws -> TransactionImage {
        throw BankError(kind: .badRequest, message: "images are not supported here")
    }

    func deleteImage(_ imageID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        throw BankError(kind: .badRequest, message: "images are not supported here")
    }
}
