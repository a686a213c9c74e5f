import BankKit

/// `:counterparties` on an open account (or `o` on a transaction): who the money went to and came from, through
/// the current view. One row per counterparty with its totals from the account's transactions (marked "so far"
/// while pages arrive), sorted by total out; Enter opens one with every metadata field, edited in place with
/// `e` and `x`, each write optimistic, rolled back into a draft when it fails; `a` adds a payee.
public struct CounterpartiesScreen: ScreenFeature {
    public static let name = "counterparties"
    public static let summary = "the account's counterparties: totals, metadata edited in place, new payees"

    static let pageLimit = 100
    static let filterField = "filter"
    static let editPrefix = "edit."
    /// The detail's line with the totals; Enter on it filters the transaction list by the counterparty.
    static let transactionsLine = 2
    static let firstFieldLine = 4

    public let account: AccountRef
    public let accountName: String
    public let view: ViewID
    public let currency: String
    /// The view's flags, once loaded; nil lets every key try and the server decide.
    public internal(set) var permissions: Set<ViewPermission>?
    public internal(set) var parties: [Counterparty] = []
    public internal(set) var list = LoadableList<CounterpartyRow>()
    public internal(set) var stats: [CounterpartyID: CounterpartyStats] = [:]
    public internal(set) var isLoadingStats = false
    public internal(set) var statsError: String?
    public internal(set) var sortColumn = CounterpartyColumn.totalOut
    public internal(set) var sortDescending = true
    public internal(set) var filterText = ""
    /// The counterparty Enter opened, by id.
    public internal(set) var openedID: CounterpartyID?
    public internal(set) var detailLine = transactionsLine
    /// Until the user moves, the cursor stays on the top row as totals arrive and reorder the list.
    var hasMoved = false
    public internal(set) var pending: [CounterpartyWrite] = []
    /// The app's drafts of this account's fields through this view (`:retry` sends them, `e` offers them).
    public internal(set) var drafts: [Draft] = []
    /// Part of a write's address, so a draft is retried against the provider it was typed for.
    public let providerName: String
    public internal(set) var newPayee = NewPayeeForm()
    /// The transaction `o` was pressed on, whose counterparty opens once the pages show which it is.
    var focusTransactionID: TransactionID?
    var focusCounterpartyID: CounterpartyID?

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.capabilities.supportsViews ? nil : ScreenRefusal("\(context.providerName) has no counterparty metadata")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<CounterpartiesScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        guard let account = context.account else {
            return .failure(ScreenRefusal("open an account first (Enter on it), then :counterparties"))
        }
        var screen = CounterpartiesScreen(account: account.ref, accountName: account.label ?? account.ref.accountID.rawValue,
                                          view: context.viewID ?? "owner", currency: account.balance?.currency ?? "EUR",
                                          providerName: context.providerName)
        screen.focusTransactionID = context.transactionID
        screen.take(context.drafts)
        return .success(screen)
    }

    init(account: AccountRef, accountName: String, view: ViewID, currency: String, providerName: String) {
        self.providerName = providerName
        self.account = account
        self.accountName = accountName
        self.view = view
        self.currency = currency
    }

    public var title: String {
        "Counterparties of \(accountName) through \(view) (\(list.items.count))" + (isLoadingStats ? " · totals so far" : "")
    }

    public var activity: String? {
        if list.isLoading { return "counterparties of \(account.accountID)" }
        if isLoadingStats { return "transactions of \(account.accountID) (\(stats.values.reduce(0) { $0 + $1.count }) so far)" }
        if newPayee.isSending { return "adding \(newPayee.name)" }
        return pending.isEmpty ? nil : "saving \(pending.count) change(s)"
    }

    public var opened: Counterparty? { openedID.flatMap { id in parties.first { $0.id == id } } }

    /// The metadata field under the detail's cursor.
    public var selectedField: CounterpartyMetadataField? {
        guard opened != nil, detailLine >= Self.firstFieldLine else { return nil }
        let fields = CounterpartyMetadataField.allCases
        return fields.indices.contains(detailLine - Self.firstFieldLine) ? fields[detailLine - Self.firstFieldLine] : nil
    }

    /// Where a write of `field` of counterparty `id` goes: this account, through this view.
    func target(_ id: CounterpartyID, _ field: CounterpartyMetadataField) -> CounterpartyFieldTarget {
        CounterpartyFieldTarget(provider: providerName, account: account, viewID: view, counterpartyID: id, field: field)
    }

    /// Keeps the drafts of this screen's fields out of all the app's drafts.
    mutating func take(_ all: [Draft]) {
        drafts = all.filter { draft in
            draft.field.map { $0.provider == providerName && $0.account == account && $0.viewID == view } ?? false
        }
    }

    /// The draft of a field, unless a write of it is out (its text is then on screen already).
    func draft(_ id: CounterpartyID, _ field: CounterpartyMetadataField) -> Draft? {
        guard !pending.contains(where: { $0.isFor(id, field) }) else { return nil }
        return drafts.first { $0.field == target(id, field) }
    }

    func allows(_ flag: ViewFlag) -> Bool { permissions?.contains(flag.permission) ?? true }

    public mutating func load(reload: Bool) -> [ScreenCommand<CounterpartiesEvent>] {
        list.begin()
        stats = [:]
        statsError = nil
        isLoadingStats = true
        let (account, view) = (self.account, self.view)
        return [.run { provider in
            .loaded(await Result.catching {
                let obp = try CounterpartiesScreen.obp(provider)
                return try await obp.otherAccounts(account, view: view)
            })
        }, .run { provider in
            .views(await Result.catching { try await provider.views(account: account) })
        }, pageRequest(PageRequest(limit: Self.pageLimit))]
    }

    /// The counterparty calls are OBP's, beyond `BankProvider`.
    static func obp(_ provider: any BankProvider) throws -> OBPProvider {
        guard let obp = provider as? OBPProvider else {
            throw BankError(kind: .invalidInput, message: "counterparties are an OBP feature")
        }
        return obp
    }

    func pageRequest(_ page: PageRequest) -> ScreenCommand<CounterpartiesEvent> {
        let (account, view) = (self.account, self.view)
        return .run { provider in .page(await Result.catching { try await provider.transactions(account, view: view, page: page) }) }
    }
}
