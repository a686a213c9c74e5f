import Foundation

extension BankProvider {
    /// Every transaction from `start` on, page by page, until a short page, each page handed to `body` as it
    /// arrives while the next one is already being fetched. Guards against servers that page badly: a page that
    /// brings nothing new at full length means the server ignores the offset (an error, not a silent truncation);
    /// a page longer than asked means it ignored the limit and sent everything; and the walk stops after
    /// `maxPages`. `body` gets the page's new transactions (a repeated id is passed on once), the running count
    /// and the page number. Returns the count.
    @discardableResult
    public func forEachTransactionPage(_ account: AccountRef, view: String, from start: PageRequest = PageRequest(),
                                       maxPages: Int = 10_000,
                                       _ body: (_ transactions: [Transaction], _ count: Int, _ pages: Int) async throws -> Void)
        async throws -> Int {
        var count = 0
        var seen = Set<String>()
        var request = start
        let pageLimit = max(1, maxPages)
        var current = Task { [request] in try await self.transactions(account, view: view, page: request) }
        for pageNumber in 1...pageLimit {
            // From the second page on the list is long: the next page is asked for while this one is decoded
            // and handed on, so the server and this side work at once (at most one request beyond the last page).
            let nextRequest = request.next
            let next = pageNumber > 1 && pageNumber < pageLimit
                ? Task { try await self.transactions(account, view: view, page: nextRequest) } : nil
            let page: Page<Transaction>
            let pending = current
            do {
                page = try await withTaskCancellationHandler { try await pending.value } onCancel: { pending.cancel() }
            } catch {
                next?.cancel()
                throw error
            }
            let fresh = page.items.filter { seen.insert($0.id).inserted }
            count += fresh.count
            do {
                try await body(fresh, count, pageNumber)
            } catch {
                next?.cancel()
                throw error
            }
            if page.isLast || page.items.count > request.limit {
                next?.cancel()
                return count
            }
            if fresh.isEmpty {
                next?.cancel()
                throw BankError(kind: .badResponse, message: "the server sent the same transactions again at offset "
                                + "\(request.offset); it seems to ignore paging")
            }
            request = nextRequest
            guard pageNumber < pageLimit else { break }
            current = next ?? Task { try await self.transactions(account, view: view, page: nextRequest) }
        }
        throw BankError(kind: .badResponse, message: "stopped after \(maxPages) pages of \(start.limit) transactions")
    }

    /// Every transaction from `start` on, as `forEachTransactionPage` walks them. `progress` gets the running
    /// count and page number after each page.
    public func allTransactions(_ account: AccountRef, view: String, from start: PageRequest = PageRequest(),
                                maxPages: Int = 10_000,
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
