import Foundation

extension OBPProvider {
    /// v1.1 has no current-user endpoint: the user is the one the credentials name.
    public func currentUser() async throws -> User {
        guard configuration.apiVersion == .v1_1 else { return try OBPWire.user(await call(.get, "/users/current")) }
        let name = configuration.credentials?.username ?? ""
        return User(id: UserID(rawValue: name), username: name)
    }

    public func banks() async throws -> [Bank] {
        try OBPWire.banks(await call(.get, "/banks"))
    }

    public func bank(_ id: BankID) async throws -> Bank {
        try OBPWire.bank(await call(.get, "/banks/\(Self.encode(id))"))
    }

    public func branches(bank: BankID) async throws -> [Branch] {
        try OBPWire.branches(await call(.get, "/banks/\(Self.encode(bank))/branches"))
    }

    /// The user's accounts at one bank, or (bank nil) at every bank through `/my/accounts`.
    public func accounts(bank: BankID?) async throws -> [Account] {
        // v4+ account lists carry no balance and no number; one more request per bank fills both in. It follows
        // the list rather than racing it, so an expired token is renewed once, not by both.
        guard let bank else {
            var accounts = try OBPWire.accounts(await call(.get, "/my/accounts"), bank: nil)
            var banks: [BankID] = []
            for account in accounts where !banks.contains(account.ref.bankID) { banks.append(account.ref.bankID) }
            for bank in banks { Self.fill(&accounts, from: try await balances(bank: bank)) }
            return accounts
        }
        let path = configuration.apiVersion.privateAccountsPath(bank: Self.encode(bank))
        var accounts = try OBPWire.accounts(await call(.get, path), bank: bank)
        Self.fill(&accounts, from: try await balances(bank: bank))
        return accounts
    }

    /// What the list left out, from `/balances`.
    private static func fill(_ accounts: inout [Account], from known: [AccountRef: Account]) {
        for index in accounts.indices {
            guard let listed = known[accounts[index].ref] else { continue }
            accounts[index].balance = accounts[index].balance ?? listed.balance
            accounts[index].number = accounts[index].number ?? listed.number
            if accounts[index].routings.isEmpty { accounts[index].routings = listed.routings }
        }
    }

    /// `GET /banks/B/balances` (v4+): the user's accounts with their balances (where a view shows one) and
    /// routings. A server without the endpoint (404) or that will not show it (403) leaves them unknown rather
    /// than failing the list.
    func balances(bank: BankID) async throws -> [AccountRef: Account] {
        guard configuration.apiVersion >= .v4_0_0 else { return [:] }
        do {
            let accounts = try OBPWire.balanceAccounts(await call(.get, "/banks/\(Self.encode(bank))/balances"))
            return Dictionary(accounts.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        } catch let error as BankError {
            switch error.kind {
            case .notFound, .forbidden: return [:]
            default: throw error
            }
        }
    }

    /// The accounts of a bank anyone may see through a public view; needs no login.
    public func publicAccounts(bank: BankID) async throws -> [Account] {
        try OBPWire.accounts(await call(.get, "/banks/\(Self.encode(bank))/accounts/public"), bank: bank)
    }

    /// v1.1 has no views endpoint: its account list names the views the user may use on each account.
    public func views(account: AccountRef) async throws -> [ViewSummary] {
        guard configuration.apiVersion == .v1_1 else { return try OBPWire.views(await call(.get, accountPath(account) + "/views")) }
        let accounts = try OBPWire.accounts(await call(.get, "/banks/\(Self.encode(account.bankID))/accounts"), bank: account.bankID)
        return accounts.first { $0.ref == account }?.views ?? []
    }

    public func account(_ account: AccountRef, view: ViewID) async throws -> Account {
        try OBPWire.account(await call(.get, accountPath(account) + "/\(Self.encode(view))/account"), ref: account)
    }

    /// One page. OBP's full list reads paging from `obp_*` headers, core lists from the query: both are sent.
    /// Nonisolated: the request goes through the actor, but decoding the page does not, so the pages `--all` asks
    /// for ahead decode side by side instead of one after another on the actor.
    public nonisolated func transactions(_ account: AccountRef, view: ViewID, page: PageRequest) async throws -> Page<Transaction> {
        var parameters = [("limit", String(page.limit)), ("offset", String(page.offset)),
                          ("sort_direction", page.sort.rawValue)]
        if let from = page.from { parameters.append(("from_date", OBPDate.format(from))) }
        if let to = page.to { parameters.append(("to_date", OBPDate.format(to))) }
        let headers = parameters.map { HTTPHeader("obp_" + $0.0, $0.1) }
        let data = try await call(.get, viewPath(account, view) + "/transactions", query: parameters, headers: headers)
        return Page(items: try OBPWire.transactions(data, account: account), request: page)
    }

    public func transaction(_ account: AccountRef, view: ViewID, id: TransactionID) async throws -> Transaction {
        let data = try await call(.get, transactionPath(account, view, id) + "/transaction")
        return try OBPWire.transaction(data, account: account)
    }

    /// The counterparties of an account as `view` shows them.
    public func otherAccounts(_ account: AccountRef, view: ViewID) async throws -> [Counterparty] {
        try OBPWire.otherAccounts(await call(.get, viewPath(account, view) + "/other_accounts"))
    }

    public func otherAccount(_ id: CounterpartyID, of account: AccountRef, view: ViewID) async throws -> Counterparty {
        try OBPWire.otherAccount(await call(.get, viewPath(account, view) + "/other_accounts/\(Self.encode(id))"))
    }

    nonisolated func accountPath(_ account: AccountRef) -> String {
        "/banks/\(Self.encode(account.bankID))/accounts/\(Self.encode(account.accountID))"
    }

    nonisolated func viewPath(_ account: AccountRef, _ view: ViewID) -> String {
        accountPath(account) + "/\(Self.encode(view))"
    }

    nonisolated func transactionPath(_ account: AccountRef, _ view: ViewID, _ id: TransactionID) -> String {
        viewPath(account, view) + "/transactions/\(Self.encode(id))"
    }
}
