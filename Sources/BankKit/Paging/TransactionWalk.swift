import Foundation

/// The bounds of a walk over every page of a list.
public enum TransactionWalk {
    /// Against servers that page badly, not against long accounts: a million transactions are 20,000 pages of 50.
    public static let defaultMaxPages = 100_000
    /// Pages whose ids a walk remembers, to drop the repeats a shift of the offsets brings.
    static let rememberedPages = 4
}

extension BankProvider {
    /// Every transaction from `start` on, page by page, until a short page, each page handed to `body` as it
    /// arrives while the next ones are already being fetched. Guards against servers that page badly: a page that
    /// brings nothing new at full length means the server ignores the offset (an error, not a silent truncation);
    /// a page longer than asked means it ignored the limit and sent everything; and the walk stops after
    /// `maxPages`. `body` gets the page's new transactions (an id repeated from the last few pages, as a
    /// transaction posted mid-walk shifts the offsets, is passed on once), the running count and the page number.
    /// Memory stays flat however long the account: only those few pages' ids are kept. The pages' requests and
    /// decoding run on `executor` when one is given (`HTTPTransport.executor`, where each page is decoded on the
    /// thread that received it). Returns the count.
    @discardableResult
    public func forEachTransactionPage(_ account: AccountRef, view: ViewID, from start: PageRequest = PageRequest(),
                                       maxPages: Int = TransactionWalk.defaultMaxPages, ahead: Int = 4,
                                       executor: (any TaskExecutor)? = nil,
                                       _ body: (_ transactions: [Transaction], _ count: Int, _ pages: Int) async throws -> Void)
        async throws -> Int {
        var count = 0
        // The ids of the last pages, newest last: a shift of the offsets repeats ids from just before, never older.
        var recent: [Set<TransactionID>] = []
        let pageLimit = max(1, maxPages)
        // Pages asked for and not yet handed on, oldest first.
        var pending: [(request: PageRequest, task: Task<Page<Transaction>, any Error>)] = []
        var nextRequest = start
        var asked = 0
        func ask() {
            let request = nextRequest
            pending.append((request, Task(executorPreference: executor) {
                try await self.transactions(account, view: view, page: request)
            }))
            nextRequest = request.next
            asked += 1
        }
        defer { for entry in pending { entry.task.cancel() } }
        ask()
        for pageNumber in 1...pageLimit {
            // From the second page on the list is long: more pages are asked for while this one is decoded and
            // handed on, so the server works on them meanwhile. How many grows with the pages seen, up to `ahead`:
            // the requests past the last page are at most half the pages read, and never more than `ahead`.
            if pageNumber > 1 {
                let depth = min(ahead, max(1, (pageNumber - 1) / 2))
                while pending.count <= depth, asked < pageLimit { ask() }
            }
            let (request, task) = pending.removeFirst()
            let page = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
            var ids = Set<TransactionID>(minimumCapacity: page.items.count)
            let fresh = page.items.filter { tx in ids.insert(tx.id).inserted && !recent.contains { $0.contains(tx.id) } }
            recent.append(ids)
            if recent.count > TransactionWalk.rememberedPages { recent.removeFirst() }
            count += fresh.count
            try await body(fresh, count, pageNumber)
            if page.isLast || page.items.count > request.limit { return count }
            if fresh.isEmpty {
                throw BankError(kind: .badResponse, message: "the server sent the same transactions again at offset "
                                + "\(request.offset); it seems to ignore paging")
            }
        }
        throw BankError(kind: .badResponse, message: "stopped after \(maxPages) pages of \(start.limit) transactions")
    }

    /// Every transaction from `start` on, as `forEachTransactionPage` walks them. `progress` gets the running
    /// count and page number after each page.
    public func allTransactions(_ account: AccountRef, view: ViewID, from start: PageRequest = PageRequest(),
                                maxPages: Int = TransactionWalk.defaultMaxPages,
                                progress: (@Sendable (_ count: Int, _ pages: Int) -> Void)? = nil)
        async throws -> [Transaction] {
        var all: [Transaction] = []
        try await forEachTransactionPage(account, view: view, from: start, maxPages: maxPages) { page, count, pages in
            all += page
            progress?(count, pages)
        }
        return all
    }
}
