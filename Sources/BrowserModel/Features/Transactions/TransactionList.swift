import BankKit

/// The transactions pane: one account through one view, loaded page by page.
/// Rows are addressed two ways: a transaction index (into everything loaded, in server order) and a display
/// row (into what the pane shows: everything, or the filter's matches). `selection` is over display rows.
public struct TransactionList: Sendable {
    /// The account shown; nil before one was opened.
    public internal(set) var account: AccountRef?
    /// The account as the accounts pane listed it (label, balance, views).
    public internal(set) var accountInfo: Account?
    /// The views the user may look through for this account.
    public internal(set) var views: [ViewSummary] = []
    public internal(set) var isLoadingViews = false
    /// The view the transactions are seen through.
    public internal(set) var viewID: ViewID?
    /// Pages loaded, contiguous from offset 0, all of `pageLimit` rows except possibly the last.
    public internal(set) var pages: [TransactionPage] = []
    /// Transactions loaded.
    public internal(set) var count = 0
    /// Where each page's chart points end, counted over the loaded pages, as long as they come in OBP's order
    /// (each page newest first, and older than the one before): the chart then samples them in place, and a
    /// frame costs what the columns drawn cost, not what the pages loaded do. Nil once the order is mixed.
    var balancePointEnds: [Int]? = []
    /// The oldest chart point loaded so far, which the next page's points must not be newer than.
    private var lastBalancePoint: BalanceSeries.Point?
    /// The last (short) page has been seen: there is nothing more to load.
    public internal(set) var reachedEnd = false
    /// The first page is being loaded (the list is empty or being replaced).
    public internal(set) var isLoading = false
    /// The page after the loaded ones is being fetched.
    public internal(set) var isLoadingNext = false
    public internal(set) var error: String?
    public internal(set) var selection = ListSelection()
    public internal(set) var filter = TransactionFilter()
    /// Rows per request.
    public internal(set) var pageLimit = PageRequest.defaultLimit
    /// Pages fetched from the server (not the cache) since the account was opened, for the status bar.
    public internal(set) var pagesFetched = 0
    /// Bumped whenever the list is reset (another account, another view, `r`) so late answers are dropped.
    var generation = 0
    /// Where to put the cursor once the reloaded pages reach it (after `r` or a view switch).
    var restore: RestoreTarget?
    /// `r` is fetching the first page again; the loaded pages stay on screen until it arrives, and stay for
    /// good if it fails.
    var isReloading = false
    /// The view before a switch, gone back to if the new view's first page fails.
    var fallbackViewID: ViewID?

    struct RestoreTarget: Sendable, Hashable {
        /// The transaction that was selected, selected again when the new pages contain it.
        var id: TransactionID?
        /// Its index, the fallback when it is gone.
        var index: Int
    }

    public init() {}

    public var pagesLoaded: Int { pages.count }

    /// The view the list is seen through, when the provider listed it.
    public var currentView: ViewSummary? { views.first { $0.id == viewID } }

    /// Rows the pane shows: all loaded transactions, or the filter's matches.
    public var displayedCount: Int { filter.matches?.count ?? count }

    /// The transaction index shown at display row `row`.
    public func transactionIndex(forRow row: Int) -> Int {
        if let matches = filter.matches { return Int(matches[row]) }
        return row
    }

    public func transaction(at index: Int) -> Transaction {
        pages[index / pageLimit].transactions[index % pageLimit]
    }

    /// The row texts of transaction index `index`, formatted now: the UI asks only for the rows on screen.
    public func row(at index: Int) -> TransactionRow {
        TransactionRow(transaction(at: index))
    }

    /// The lowercased text `/` searches for transaction index `index`.
    public func searchKey(at index: Int) -> String {
        pages[index / pageLimit].searchKey(at: index % pageLimit)
    }

    /// The transaction shown at display row `row`.
    public func transaction(forRow row: Int) -> Transaction { transaction(at: transactionIndex(forRow: row)) }
    public func row(forRow row: Int) -> TransactionRow { self.row(at: transactionIndex(forRow: row)) }

    /// Display rows on screen; the UI formats only these.
    public var visibleRows: Range<Int> { selection.visibleRange(count: displayedCount) }

    public var selectedTransaction: Transaction? { selectedIndex.map(transaction(at:)) }

    /// All displayed transactions in display order, for export and charts.
    public var displayedTransactions: some Sequence<Transaction> {
        (0..<displayedCount).lazy.map { transaction(forRow: $0) }
    }

    /// The transaction index of `id` among the loaded ones.
    public func index(ofTransaction id: TransactionID) -> Int? {
        for page in pages {
            if let i = page.transactions.firstIndex(where: { $0.id == id }) { return page.offset + i }
        }
        return nil
    }

    /// The first display row showing transaction index `index` or a later one (the last row when none).
    func displayRow(atOrAfter index: Int) -> Int {
        guard let matches = filter.matches else { return index }
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if Int(matches[mid]) < index { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The transaction index of the selection, nil when nothing is shown.
    var selectedIndex: Int? {
        displayedCount == 0 ? nil : transactionIndex(forRow: min(selection.index, displayedCount - 1))
    }

    /// The key of the page that would come after the loaded ones.
    func nextPageKey(provider: String) -> PageKey? {
        guard let account, let viewID else { return nil }
        return PageKey(provider: provider, account: account, view: viewID, offset: count, limit: pageLimit)
    }

    func pageKey(provider: String, containing index: Int) -> PageKey? {
        guard let account, let viewID else { return nil }
        return PageKey(provider: provider, account: account, view: viewID, offset: index / pageLimit * pageLimit,
                       limit: pageLimit)
    }

    /// Appends the next page; the caller has checked it is the next one.
    mutating func append(_ page: TransactionPage) {
        extendBalancePointEnds(with: page)
        pages.append(page)
        count += page.transactions.count
        reachedEnd = page.isLast
        filter.extend(pages: pages, count: count)
        selection.clamp(count: displayedCount)
    }

    /// Counts `page`'s chart points into `balancePointEnds`, as the page after those counted so far; gives up on
    /// the ends once the order is mixed.
    private mutating func extendBalancePointEnds(with page: TransactionPage) {
        let points = page.balancePoints
        if let end = balancePointEnds.map({ $0.last ?? 0 }) {
            let newerThanBefore = lastBalancePoint.map { previous in
                points.count > 0 && previous.date < page.balancePoint(at: 0).date
            } ?? false
            if points.newestFirst, !newerThanBefore {
                balancePointEnds?.append(end + points.count)
            } else {
                balancePointEnds = nil
            }
        }
        if points.count > 0 { lastBalancePoint = page.balancePoint(at: points.count - 1) }
    }

    /// Empties the loaded pages and drops answers still in flight, keeping account, view and filter text.
    mutating func resetPages() {
        clearPages()
        generation += 1
    }

    mutating func clearPages() {
        pages = []
        balancePointEnds = []
        lastBalancePoint = nil
        count = 0
        reachedEnd = false
        isLoadingNext = false
        error = nil
        let text = filter.text
        filter.clear()
        filter.update(text: text, pages: pages, count: 0)
    }

    mutating func replaceTransaction(at index: Int, with transaction: Transaction) {
        if pages[index / pageLimit].replace(at: index % pageLimit, with: transaction) {
            // Its chart point came or went or moved: the ends are counted again, from the first page.
            balancePointEnds = []
            lastBalancePoint = nil
            for page in pages { extendBalancePointEnds(with: page) }
        }
        // A new tag can make the row match the filter; it appears without moving the cursor off its row.
        if let row = filter.admit(index, pages: pages), row <= selection.index {
            selection.select(selection.index + 1, count: displayedCount)
        }
    }
}
