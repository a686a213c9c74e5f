import BankKit
import BrowserModel

/// Drives the pure reducer the way the UI does, answering its effects at once from pages already in memory, so
/// the figures measure bankterm's own work and not the network.
struct ModelDriver {
    var state: AppState
    private var pending: [Effect] = []
    private let pages: [TransactionPage]
    private let pageLimit: Int

    /// `pages` are consecutive from offset 0, each `pageLimit` rows except perhaps the last.
    init(pages: [TransactionPage], pageLimit: Int, visibleRows: Int) {
        self.pages = pages
        self.pageLimit = pageLimit
        state = AppState(providerName: "bench",
                         capabilities: ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                            supportsImages: false, supportsBranches: false),
                         pageLimit: pageLimit)
        send(.resize(rows: visibleRows))
    }

    mutating func send(_ action: Action) {
        pending += reduce(&state, action)
    }

    /// Opens the bench account's transactions, then presses End until every page is loaded.
    mutating func browseToEnd() {
        send(.start)
        settle()
        send(.open)
        settle()
        send(.open)
        settle()
        while !state.transactions.reachedEnd {
            send(.bottom)
            guard !pending.isEmpty else { break }
            settle()
        }
        send(.top)
    }

    private mutating func settle() {
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let answer = answer(effect) { send(answer) }
        }
    }

    private func answer(_ effect: Effect) -> Action? {
        let account = BenchSandbox.account
        let view = ViewSummary(id: BenchSandbox.view, shortName: "Owner")
        switch effect {
        case .loadUser:
            return .userLoaded(.success(User(id: "bench", username: "demo")))
        case .loadBanks:
            return .banksLoaded(.success([Bank(id: account.bankID, shortName: "Pohjoinen Pankki",
                                               fullName: "Pohjoisen Säästöpankki Oyj")]))
        case .loadAccounts(let bankID, let generation):
            let info = Account(ref: account, label: "Käyttötili", views: [view])
            return .accountsLoaded(bankID: bankID, generation: generation, .success([info]))
        case .loadViews(let ref, let generation):
            return .viewsLoaded(ref, generation: generation, .success([view]))
        case .loadTransactions(let key, let generation):
            let index = key.offset / pageLimit
            let page = index < pages.count ? pages[index]
                : TransactionPage(offset: key.offset, limit: key.limit, transactions: [])
            return .transactionsLoaded(key, generation: generation, .success(page))
        case .loadDrafts:
            return .draftsLoaded(.success([]))
        default:
            return nil
        }
    }
}
