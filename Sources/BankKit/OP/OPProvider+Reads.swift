import Foundation

extension OPProvider {
    /// OP has no "current user" endpoint: the user is named after the sandbox customer the token belongs to, or
    /// after the owner of the first account.
    public func currentUser() async throws -> User {
        if let index = OPSandbox.customers.firstIndex(where: { $0.token == token }) {
            return User(id: UserID(rawValue: "op-sandbox-customer-\(index + 1)"), username: OPSandbox.customers[index].name,
                        provider: name)
        }
        let owner = try await accounts(bank: nil).first?.owners.first ?? "op-user"
        return User(id: UserID(rawValue: owner), username: owner, provider: name)
    }

    public func banks() async throws -> [Bank] { [OPWire.bank] }

    public func branches(bank: BankID) async throws -> [Branch] { [] }

    public func accounts(bank: BankID?) async throws -> [Account] {
        guard bank == nil || bank == OPWire.bankID else { return [] }
        return try OPWire.accounts(await get("/v1/accounts"))
    }

    public func views(account: AccountRef) async throws -> [ViewSummary] { [OPWire.ownerView] }

    public func account(_ account: AccountRef, view: ViewID) async throws -> Account {
        try OPWire.account(await get("/v1/accounts/\(Self.encode(account.accountID))"))
    }

    /// One page cut from the account's whole list: the first page (offset 0) fetches the list again, so a reload
    /// sees new transactions; later pages reuse it so that pages never overlap or skip.
    public func transactions(_ account: AccountRef, view: ViewID, page: PageRequest) async throws -> Page<Transaction> {
        let all: [Transaction]
        if page.offset > 0, let cached = transactionLists[account.accountID] {
            all = cached
        } else {
            let data = try await get("/v1/accounts/\(Self.encode(account.accountID))/transactions")
            all = try OPWire.transactions(data, account: account.accountID)
            transactionLists[account.accountID] = all
        }
        let selected = Self.window(all, page: page)
        return Page(items: try await configuration.annotations.annotate(selected, provider: name), request: page)
    }

    public func transaction(_ account: AccountRef, view: ViewID, id: TransactionID) async throws -> Transaction {
        let path = "/v1/accounts/\(Self.encode(account.accountID))/transactions/\(Self.encode(id))"
        let tx = try OPWire.transaction(await get(path), account: account.accountID)
        return try await configuration.annotations.annotate([tx], provider: name)[0]
    }

    /// Filters by date, sorts by booking date (then id, so that equal dates keep one order) and slices a page.
    nonisolated static func window(_ transactions: [Transaction], page: PageRequest) -> [Transaction] {
        let filtered = transactions.filter { tx in
            guard let posted = tx.posted else { return page.from == nil && page.to == nil }
            return (page.from.map { posted >= $0 } ?? true) && (page.to.map { posted <= $0 } ?? true)
        }
        let sorted = filtered.sorted { lhs, rhs in
            let left = lhs.posted ?? .distantPast
            let right = rhs.posted ?? .distantPast
            if left != right { return page.sort == .ascending ? left < right : left > right }
            return page.sort == .ascending ? lhs.id < rhs.id : lhs.id > rhs.id
        }
        guard page.offset < sorted.count else { return [] }
        return Array(sorted[page.offset..<min(sorted.count, page.offset + max(0, page.limit))])
    }
}
