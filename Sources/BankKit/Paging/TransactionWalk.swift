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
        for pageNumber in 1...max(1, maxPages) {
            let page = try await transactions(account, view: view, page: request)
            var added = 0
            for tx in page.items where seen.insert(tx.id).inserted {
                all.append(tx)
                added += 1
            }
            progress?(all.count, pageNumber)
            if page.isLast || page.items.count > request.limit { return all }
            if added == 0 {
                throw BankError(kind: .badResponse, message: "the server sent the same transactions again at offset "
                                + "\(request.offset); it seems to ignore paging")
            }
            request = request.next
        }
        throw BankError(kind: .badResponse, message: "stopped after \(maxPages) pages of \(start.limit) transactions")
    }
}
