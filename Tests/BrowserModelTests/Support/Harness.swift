import BankKit
@testable import BrowserModel
import Foundation
import TestSupport

/// Drives the pure reducer and answers its effects synchronously from the fixture, so reducer tests need no
/// threads and no clock. Counts the effects it served.
struct Harness {
    var state: AppState
    /// Effects returned and not yet answered.
    var pending: [Effect] = []
    /// How many page loads were answered, per view.
    var pageLoads: [ViewID: Int] = [:]
    var writes: [Annotation] = []
    var savedDrafts: [[Draft]] = []
    /// When set, writes fail with it.
    var writeFailure: BankError?
    /// When set, page loads fail with it (through `failingView` only, when that is set).
    var pageFailure: BankError?
    var failingView: ViewID?
    let data = FixtureData.shared

    /// A prefetch distance well under the page size, so that opening an account loads exactly one page.
    init(pageLimit: Int = 20, rows: Int = 10, cacheCapacity: Int = 200_000, prefetchDistance: Int = 5) {
        state = AppState(providerName: "memory",
                         capabilities: ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                            supportsImages: true, supportsBranches: false),
                         pageLimit: pageLimit, cacheCapacity: cacheCapacity,
                         prefetchDistance: prefetchDistance)
        send(.resize(rows: rows))
    }

    mutating func send(_ action: Action) {
        pending += reduce(&state, action)
    }

    /// Answers pending effects (and the effects their answers cause) until none are left.
    mutating func settle() {
        var rounds = 0
        while !pending.isEmpty, rounds < 10_000 {
            rounds += 1
            let effect = pending.removeFirst()
            if let answer = answer(effect) { send(answer) }
        }
    }

    var totalPageLoads: Int { pageLoads.values.reduce(0, +) }

    /// Opens the fixture's busiest account at its bank, through `owner`.
    mutating func openBusiestAccount() {
        send(.start)
        settle()
        let account = data.busiestAccount
        let bankIndex = state.banks.items.firstIndex { $0.id == account.ref.bankID }!
        send(.top)
        for _ in 0..<bankIndex { send(.moveDown) }
        send(.open)
        settle()
        let accountIndex = state.accounts.items.firstIndex { $0.ref == account.ref }!
        send(.top)
        for _ in 0..<accountIndex { send(.moveDown) }
        send(.open)
        settle()
    }

    private mutating func answer(_ effect: Effect) -> Action? {
        switch effect {
        case .loadUser:
            return .userLoaded(.success(User(id: "u1", username: "susan")))
        case .loadBanks:
            return .banksLoaded(.success(data.banks))
        case .loadAccounts(let bankID, let generation):
            let accounts = data.accounts.filter { $0.ref.bankID == bankID }.map {
                var account = $0
                account.views = [MemoryProvider.ownerView, MemoryProvider.publicView]
                return account
            }
            return .accountsLoaded(bankID: bankID, generation: generation, .success(accounts))
        case .loadViews(let account, let generation):
            return .viewsLoaded(account, generation: generation,
                                .success([MemoryProvider.ownerView, MemoryProvider.publicView]))
        case .loadTransactions(let key, let generation):
            pageLoads[key.view, default: 0] += 1
            if let pageFailure, failingView == nil || failingView == key.view { return .transactionsLoaded(key, generation: generation, .failure(pageFailure)) }
            let items = (data.transactions[key.account] ?? []).dropFirst(key.offset).prefix(key.limit).map {
                var seen = $0
                if key.view == "_public" { seen.value = nil }
                return seen
            }
            return .transactionsLoaded(key, generation: generation,
                                       .success(TransactionPage(offset: key.offset, limit: key.limit,
                                                                transactions: Array(items))))
        case .loadTransaction(let target):
            let found = data.transactions[target.account]!.first { $0.id == target.transactionID }!
            return .transactionLoaded(target, .success(found))
        case .write(let id, _, let annotation):
            writes.append(annotation)
            if let writeFailure { return .writeFinished(id: id, .failure(writeFailure)) }
            switch annotation {
            case .addTag(let value):
                return .writeFinished(id: id, .success(.tag(Tag(id: "server-\(id)", value: value))))
            case .addComment(let value):
                return .writeFinished(id: id, .success(.comment(Comment(id: "server-\(id)", value: value))))
            case .addImage(let url, let label):
                return .writeFinished(id: id, .success(.image(TransactionImage(id: "server-\(id)", label: label,
                                                                               url: url))))
            default:
                return .writeFinished(id: id, .success(.done))
            }
        case .writeCounterpartyField(let id, _, _):
            return .counterpartyFieldWritten(id: id, writeFailure)
        case .loadDrafts:
            return .draftsLoaded(.success([]))
        case .saveDrafts(let drafts):
            savedDrafts.append(drafts)
            return nil
        case .exportCSV, .screenTask, .cancelScreenTasks, .cancel:
            // Screens are driven through `Store` against a real provider (ScreenStackTests).
            return nil
        }
    }
}
