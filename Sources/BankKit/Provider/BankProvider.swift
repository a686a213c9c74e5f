import Foundation

/// What a provider can do, so the UI offers only what is real (OP has no views and no metadata API).
public struct ProviderCapabilities: Sendable, Hashable {
    /// More than one view per account, and a view picker that means something.
    public var supportsViews: Bool
    /// Annotations are kept locally rather than by the server.
    public var metadataIsLocal: Bool
    public var supportsImages: Bool
    public var supportsBranches: Bool
    /// A merchant's payments can be made and refunded through this provider (OP with a merchant profile).
    public var supportsMerchantPayments: Bool

    public init(supportsViews: Bool, metadataIsLocal: Bool, supportsImages: Bool, supportsBranches: Bool,
                supportsMerchantPayments: Bool = false) {
        self.supportsViews = supportsViews
        self.metadataIsLocal = metadataIsLocal
        self.supportsImages = supportsImages
        self.supportsBranches = supportsBranches
        self.supportsMerchantPayments = supportsMerchantPayments
    }
}

/// The one interface the view-models use to reach a bank API. Every call is async and runs off the caller's
/// thread; failures are `BankError`.
public protocol BankProvider: Sendable {
    /// A short name for breadcrumbs and cache keys, e.g. `obp` or `op`.
    var name: String { get }
    var capabilities: ProviderCapabilities { get }
    /// The budget the server reported last, if it reports one.
    var rateLimit: RateLimit? { get async }
    /// How many HTTP requests this provider has sent, for the status bar and benchmarks.
    var requestCount: Int { get async }

    func currentUser() async throws -> User
    func banks() async throws -> [Bank]
    func branches(bank: BankID) async throws -> [Branch]
    /// The accounts the user can reach, at one bank or (bank nil) at all banks.
    func accounts(bank: BankID?) async throws -> [Account]
    func views(account: AccountRef) async throws -> [ViewSummary]
    func account(_ account: AccountRef, view: ViewID) async throws -> Account
    func transactions(_ account: AccountRef, view: ViewID, page: PageRequest) async throws -> Page<Transaction>
    func transaction(_ account: AccountRef, view: ViewID, id: TransactionID) async throws -> Transaction

    func addTag(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Tag
    func deleteTag(_ tagID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func addComment(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Comment
    func deleteComment(_ commentID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func setNarrative(_ text: String, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func deleteNarrative(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func setWhere(_ location: GeoTag, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func deleteWhere(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws
    func addImage(label: String, url: String, to tx: TransactionID, in account: AccountRef,
                  view: ViewID) async throws -> TransactionImage
    func deleteImage(_ imageID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws
}
