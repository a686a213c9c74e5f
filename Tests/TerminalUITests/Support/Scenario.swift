import BankKit
import BrowserModel
@testable import TerminalUI

/// A browser state built the way the app builds it: actions through the real reducer, with every effect
/// answered at once from `Fixture` (or failed, when `failing` says so). Renders like `App` does: it reports the
/// panes' heights for the size first.
struct Scenario {
    var state: AppState
    let size: Size
    var failTransactions: BankError?
    /// When set, counterparty field writes fail with it; else they are saved.
    var failFieldWrites: BankError?
    /// Screen tasks asked for and not yet run: `settle()` runs them against `FixtureProvider`.
    private var screenTasks: [(screenID: Int, work: @Sendable (any BankProvider) async -> any Sendable)] = []

    /// `views: false` is a provider like OP: one view per account, annotations kept locally.
    /// `merchant: true` is OP with a merchant profile, whose payments `:oppayments` lists.
    init(rows: Int, cols: Int, views: Bool = true, merchant: Bool = false) {
        size = Size(rows: rows, cols: cols)
        state = AppState(profileName: "work", providerName: views ? "fake" : "OP",
                         capabilities: ProviderCapabilities(supportsViews: views, metadataIsLocal: !views,
                                                            supportsImages: views, supportsBranches: views,
                                                            supportsMerchantPayments: merchant))
        reportRows()
        send(.start)
    }

    mutating func send(_ action: Action) {
        var queue = reduce(&state, action)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            for result in answer(effect) { queue += reduce(&state, result) }
        }
        reportRows()
    }

    /// Runs the screen tasks waiting, and those their results ask for, until none is left.
    mutating func settle() async {
        while !screenTasks.isEmpty {
            let (screenID, work) = screenTasks.removeFirst()
            send(.screenEvent(screenID: screenID, payload: await work(FixtureProvider())))
        }
    }

    mutating func send(_ actions: Action...) {
        for action in actions { send(action) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.insert(character)) }
    }

    private mutating func reportRows() {
        let layout = ScreenLayout(size: size, state: state)
        for pane in Pane.allCases {
            if let rows = layout.visibleRows(for: pane) { _ = reduce(&state, .setVisibleRows(pane, rows: rows)) }
        }
        if let area = layout.screen, let entry = state.topScreen {
            _ = reduce(&state, .setScreenRows(ScreenView.visibleRows(in: area, entry: entry)))
        }
        for area in ScrollArea.allCases {
            if let extent = layout.scrollExtent(of: area, state: state, keyMap: .standard) {
                _ = reduce(&state, .setScrollExtent(area, extent))
            }
        }
    }

    private mutating func answer(_ effect: Effect) -> [Action] {
        switch effect {
        case .loadUser: return [.userLoaded(.success(Fixture.user))]
        case .loadBanks: return [.banksLoaded(.success(Fixture.banks))]
        case .loadAccounts(let bankID, let generation):
            return [.accountsLoaded(bankID: bankID, generation: generation,
                                    .success(Fixture.accounts.filter { $0.ref.bankID == bankID }))]
        case .loadViews(let account, let generation):
            return [.viewsLoaded(account, generation: generation, .success(Fixture.views))]
        case .loadTransactions(let key, let generation):
            if let failTransactions { return [.transactionsLoaded(key, generation: generation, .failure(failTransactions))] }
            let page = Fixture.page(view: key.view, offset: key.offset, limit: key.limit)
            return [.transactionsLoaded(key, generation: generation, .success(TransactionPage(page)))]
        case .loadTransaction(let target):
            let index = Int(target.transactionID.rawValue.dropFirst(3).prefix(4)) ?? 0
            return [.transactionLoaded(target, .success(Fixture.transaction(index, view: target.viewID)))]
        case .write(let id, _, let annotation):
            switch annotation {
            case .addTag(let value): return [.writeFinished(id: id, .success(.tag(Tag(id: "new", value: value))))]
            case .addComment(let value):
                return [.writeFinished(id: id, .success(.comment(Comment(id: "new", value: value))))]
            default: return [.writeFinished(id: id, .success(.done))]
            }
        case .writeCounterpartyField(let id, _, _): return [.counterpartyFieldWritten(id: id, failFieldWrites)]
        case .loadDrafts: return [.draftsLoaded(.success([]))]
        case .saveDrafts(let drafts): return [.draftsSaved(.success(drafts.count))]
        case .exportCSV(let path, _): return [.exportFinished(path: path, .success(0))]
        case .screenTask(let screenID, let work):
            screenTasks.append((screenID, work))
            return []
        case .cancel:
            return []
        case .cancelScreenTasks(let screenID):
            screenTasks.removeAll { $0.screenID == screenID }
            return []
        }
    }

    func render(theme: Theme = .builtIn) -> BufferScreen {
        let screen = BufferScreen(rows: size.rows, cols: size.cols)
        TerminalUI.render(state, theme: theme, into: screen)
        return screen
    }
}
