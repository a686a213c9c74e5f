import Foundation

extension BankProvider {
    /// Every transaction from `start` on, page by page, until a short page. Guards against servers that page
    /// badly: a page that brings nothing new at full length means the server ignores the offset (an error, not a
    /// silent truncation); a page longer than asked means it ignored the limit and sent everything; and the walk
    /// stops after `maxPages`. `progress` gets the running count and page number after each page.
    public func allTransactions(_ account: AccountRef, view: String, from start: PageRequest = PageRequest(),
                                maxPages: Int = 10_000,
                                progress: (@Sendable (_ count: Int, _ pages: Int) -> Void)? = nil)
        async throws -> [Transaction] {
        var all: [Transaction] = []
        var seen = Set<String>()
        var request = start
        let pageLimit = max(1, maxPages)
        var current = Task { [request] in try await self.transactions(account, view: view, page: request) }
        for pageNumber in 1...pageLimit {
            // From the second page on the list is long: the next page is asked for while this one is decoded,
            // so the server and the decoder work at once (at most one request beyond the last page).
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
            var added = 0
            for tx in page.items where seen.insert(tx.id).inserted {
                all.append(tx)
                added += 1
            }
            progress?(all.count, pageNumber)
            if page.isLast || page.items.count > request.limit {
                next?.cancel()
                return all
            }
            if added == 0 {
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
}
