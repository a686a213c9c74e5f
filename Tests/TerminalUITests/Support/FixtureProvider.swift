import BankKit
import Foundation

/// Serves `Fixture` to the tasks of screens (`Scenario.settle()`); writes are refused, as the golden screens
/// never need them to succeed.
struct FixtureProvider: BankProvider {
    let name = "fake"
    let capabilities = ProviderCapabilities(supportsViews: true, metadataIsLocal: false, supportsImages: true,
                                            supportsBranches: true)
    var rateLimit: RateLimit? { nil }
    var requestCount: Int { 0 }

    static let branches = [
        Branch(id: "hki-1", name: "Helsinki Kamppi", address: "Urho Kekkosen katu 1, Helsinki, 00100, FI",
               lobbyHours: ["monday", "tuesday", "wednesday", "thursday", "friday"].map {
                   OpeningHours(day: $0, opens: "09:00", closes: "16:30")
               } + [OpeningHours(day: "saturday", opens: "10:00", closes: "14:00"),
                    OpeningHours(day: "sunday", opens: "", closes: "")],
               latitude: 60.1699, longitude: 24.9384),
        Branch(id: "tku-1", name: "Turku Kauppatori", address: "Eerikinkatu 10, Turku, 20100, FI",
               lobbyHours: [OpeningHours(day: "monday", opens: "10:00", closes: "17:00")]),
        Branch(id: "web", name: "東京 オンライン支店 🌐"),
    ]

    func currentUser() async throws -> User { Fixture.user }
    func banks() async throws -> [Bank] { Fixture.banks }
    func branches(bank: BankID) async throws -> [Branch] {
        guard bank == Fixture.banks[0].id else { return [] }
        return Self.branches
    }
    func accounts(bank: BankID?) async throws -> [Account] { Fixture.accounts.filter { bank == nil || $0.ref.bankID == bank } }
    func views(account: AccountRef) async throws -> [ViewSummary] { Fixture.views }
    func account(_ account: AccountRef, view: ViewID) async throws -> Account {
        guard let found = Fixture.accounts.first(where: { $0.ref == account }) else { throw Self.refused }
        return found
    }
    func transactions(_ account: AccountRef, view: ViewID, page: PageRequest) async throws -> Page<Transaction> {
        Fixture.page(view: view, offset: page.offset, limit: page.limit)
    }
    func transaction(_ account: AccountRef, view: ViewID, id: TransactionID) async throws -> Transaction {
        Fixture.transaction(Int(id.rawValue.dropFirst(3).prefix(4)) ?? 0, view: view)
    }

    private static let refused = BankError(kind: .invalidInput, message: "the fixture is read-only")
    func addTag(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Tag { throw Self.refused }
    func deleteTag(_ tagID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws { throw Self.refused }
    func addComment(_ value: String, to tx: TransactionID, in account: AccountRef, view: ViewID) async throws -> Comment {
        throw Self.refused
    }
    func deleteComment(_ commentID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        throw Self.refused
    }
    func setNarrative(_ text: String, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws { throw Self.refused }
    func deleteNarrative(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws { throw Self.refused }
    func setWhere(_ location: GeoTag, on tx: TransactionID, in account: AccountRef, view: ViewID) async throws { throw Self.refused }
    func deleteWhere(on tx: TransactionID, in account: AccountRef, view: ViewID) async throws { throw Self.refused }
    func addImage(label: String, url: String, to tx: TransactionID, in account: AccountRef,
                  view: ViewID) async throws -> TransactionImage { throw Self.refused }
    func deleteImage(_ imageID: String, from tx: TransactionID, in account: AccountRef, view: ViewID) async throws {
        throw Self.refused
    }
}
