import BankKit
import GRDB

/// Generates the demo data deterministically: the same N gives the same banks, accounts, transactions, ids and
/// annotations everywhere. Generating into a database that already holds demo data does nothing, so annotations
/// a user made survive `bankterm demo` being started again.
enum DemoData {
    static let generatedKey = "demo.generated"
    /// Bumped when the wording of generated descriptions changes; older demo databases are reworded in place.
    static let descriptionsKey = "demo.descriptions"
    static let descriptionsVersion = "2"
    /// Set once a demo database's IBANs have real check digits; older ones had "21" for every account.
    static let ibansKey = "demo.ibans"

    /// Returns the number of transactions inserted (0 when the database already had demo data).
    @discardableResult
    static func generate(transactions count: Int, into db: Database) throws -> Int {
        if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [generatedKey]) != nil {
            try rewordDescriptions(db)
            try reviseIBANs(db)
            return 0
        }
        let inserter = try BulkInserter(db)
        var userIDs = [String: String]()
        for (username, email) in DemoCatalog.users {
            let id = DerivedID.make("demo-user", username)
            userIDs[username] = id
            try inserter.insert(UserRecord(id: id, username: username, email: email), password: DemoCredentials.password)
        }
        for region in DemoCatalog.regions { try inserter.insert(region.bank) }
        for branch in DemoBranches.all {
            try inserter.insertBranch(bankID: branch.bank_id, id: branch.id, body: BranchJSON.make(branch))
        }

        var generator = SplitMix64(seed: 0x0b4e_7e12)
        let counts = shares(of: max(0, count))
        let demoUserID = userIDs[DemoCredentials.username] ?? ""
        for (index, account) in DemoCatalog.accounts.enumerated() {
            let region = DemoCatalog.regions[account.regionIndex]
            let ownerID = userIDs[account.owner] ?? demoUserID
            let balance = try insertTransactions(counts[index], of: account, region: region, ownerID: ownerID,
                                                 inserter: inserter, generator: &generator)
            let record = AccountRecord(
                bankID: region.bank.id, id: account.id, label: account.label,
                number: String(100_000_000 + index * 7_919_113 % 900_000_000), type: account.type,
                currency: region.currency, balance: MinorAmount.format(Int64(balance), digits: region.decimals),
                iban: iban(accountIndex: index, region: region))
            try inserter.insert(record, views: ViewDefinition.all, ownerIDs: [ownerID])
            if account.owner != DemoCredentials.username {
                // The demo user may look at a friend's account as accountant or auditor, never as owner.
                try db.execute(sql: "INSERT OR IGNORE INTO account_access VALUES (?, ?, ?, 'accountant'), (?, ?, ?, 'auditor')",
                               arguments: [demoUserID, region.bank.id, account.id, demoUserID, region.bank.id, account.id])
            }
        }
        try db.execute(sql: "INSERT INTO meta VALUES (?, ?)", arguments: [generatedKey, String(count)])
        try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES (?, ?)", arguments: [descriptionsKey, descriptionsVersion])
        try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES (?, '1')", arguments: [ibansKey])
        return counts.reduce(0, +)
    }

    /// A demo account's IBAN: the country of its bank's BIC, a made-up BBAN, and check digits that pass the
    /// ISO 13616 test `bankterm pay --to-iban` applies, so paying one demo account from another works.
    static func iban(accountIndex index: Int, region: DemoCatalog.Region) -> String {
        IBAN.make(country: String(region.bank.bankCode.dropFirst(4).prefix(2)),
                  bban: "12345600\(1000 + index)\(7000 + index * 13)")
    }

    /// Gives a demo database made with the old, wrong check digits the IBANs `iban` makes now.
    private static func reviseIBANs(_ db: Database) throws {
        guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [ibansKey]) == nil else { return }
        for (index, account) in DemoCatalog.accounts.enumerated() {
            let region = DemoCatalog.regions[account.regionIndex]
            try db.execute(sql: "UPDATE account SET iban = ? WHERE bank_id = ? AND id = ?",
                           arguments: [iban(accountIndex: index, region: region), region.bank.id, account.id])
        }
        try db.execute(sql: "INSERT INTO meta VALUES (?, '1')", arguments: [ibansKey])
    }

    /// Gives a demo database generated before `descriptionsVersion` the current descriptions; annotations stay.
    private static func rewordDescriptions(_ db: Database) throws {
        let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [descriptionsKey])
        guard version != descriptionsVersion else { return }
        let update = try db.makeStatement(sql: "UPDATE txn SET description = ? WHERE bank_id = ? AND account_id = ? AND id = ?")
        for (regionIndex, region) in DemoCatalog.regions.enumerated() {
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.account_id, t.id, t.type, t.posted, c.name FROM txn t JOIN counterparty c ON c.id = t.counterparty_id
                WHERE t.bank_id = ?
                """, arguments: [region.bank.id])
            for row in rows {
                let text = DemoDescriptions.text(payee: row[4], isSalary: row[2] == "SALARY", region: regionIndex,
                                                 posted: row[3])
                try update.execute(arguments: [text, region.bank.id, row[0] as String, row[1] as String])
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES (?, ?)", arguments: [descriptionsKey, descriptionsVersion])
    }

    /// Splits `total` by the accounts' weights; the remainder goes to the first (main) account.
    static func shares(of total: Int) -> [Int] {
        let weights = DemoCatalog.accounts.map(\.weight)
        let sum = weights.reduce(0, +)
        var counts = weights.map { total * $0 / sum }
        counts[0] += total - counts.reduce(0, +)
        return counts
    }

    /// Inserts the account's transactions oldest first with running balances; returns the closing balance.
    private static func insertTransactions(_ count: Int, of account: DemoCatalog.DemoAccount, region: DemoCatalog.Region,
                                           ownerID: String, inserter: BulkInserter,
                                           generator: inout SplitMix64) throws -> Int {
        let bankID = region.bank.id
        let counterparties = (region.shops + [region.salary]).map { name in
            let other = DemoRouting.of(name, region: region)
            return CounterpartyRecord(id: DerivedID.make("demo-counterparty", bankID, account.id, name), name: name,
                                      publicAlias: DerivedID.publicAlias(bankID, account.id, name), privateAlias: "",
                                      otherBank: other.bank, otherNumber: other.account,
                                      kind: name == region.salary ? "EMPLOYER" : "MERCHANT", moreInfo: "", url: "",
                                      bankRoutingScheme: other.bankScheme, accountRoutingScheme: other.accountScheme)
        }
        for counterparty in counterparties { try inserter.insert(counterparty, bankID: bankID, accountID: account.id) }

        let start = Int64(CivilCalendar.days(year: 2023, month: 1, day: 1)) * 86_400_000
        let span: Int64 = 900 * 86_400_000
        let step = count > 0 ? span / Int64(count) : span
        var balance = region.monthlySalary * 2
        let salaryEvery = max(count / 30, 12)
        // Spending is scaled so a month's purchases use most of a month's salary, whatever N is.
        let meanSpend = max(region.minimumSpend, region.monthlySalary * 9 / 10 / max(salaryEvery - 1, 1))
        for index in 0..<count {
            let isSalary = index % salaryEvery == salaryEvery - 1
            let counterparty = isSalary ? counterparties[counterparties.count - 1]
                : counterparties[Int.random(in: 0..<(counterparties.count - 1), using: &generator)]
            let amount = isSalary ? region.monthlySalary : -spend(meanSpend, generator: &generator)
            balance += amount
            let posted = start + Int64(index) * step + Int64.random(in: 0...max(0, step / 2), using: &generator)
            let id = DerivedID.make("demo-tx", bankID, account.id, String(index))
            try inserter.insert(
                TransactionRecord(id: id, type: isSalary ? "SALARY" : "CARD_PAYMENT",
                                  description: DemoDescriptions.text(payee: counterparty.name, isSalary: isSalary,
                                                                     region: account.regionIndex, posted: posted),
                                  posted: posted, completed: posted + 3_600_000,
                                  amount: MinorAmount.format(Int64(amount), digits: region.decimals),
                                  newBalance: MinorAmount.format(Int64(balance), digits: region.decimals),
                                  currency: region.currency, counterparty: counterparty),
                // Posted strictly increases with the index, so the index is the (posted, id) position.
                bankID: bankID, accountID: account.id, position: index)
            try annotate(index: index, transactionID: id, date: posted, bankID: bankID, accountID: account.id,
                         ownerID: ownerID, inserter: inserter)
        }
        return balance
    }

    /// Between a fifth and nine fifths of the mean, rounded to whole minor units.
    private static func spend(_ mean: Int, generator: inout SplitMix64) -> Int {
        max(1, mean * Int.random(in: 20...180, using: &generator) / 100)
    }

    /// A sprinkling of existing tags, comments and narratives, all made through the owner view.
    private static func annotate(index: Int, transactionID: String, date: Int64, bankID: String, accountID: String,
                                 ownerID: String, inserter: BulkInserter) throws {
        let owner = UserRecord(id: ownerID, username: "", email: "")
        if index % 37 == 5 {
            let tag = DemoCatalog.tags[index / 37 % DemoCatalog.tags.count]
            try inserter.insert(AnnotationRecord(id: DerivedID.make("demo-tag", transactionID), kind: .tag,
                                                 transactionID: transactionID, value: tag, label: "", date: date,
                                                 user: owner), bankID: bankID, accountID: accountID, viewID: "owner")
        }
        if index % 101 == 7 {
            let comment = DemoCatalog.comments[index / 101 % DemoCatalog.comments.count]
            try inserter.insert(AnnotationRecord(id: DerivedID.make("demo-comment", transactionID), kind: .comment,
                                                 transactionID: transactionID, value: comment, label: "", date: date,
                                                 user: owner), bankID: bankID, accountID: accountID, viewID: "owner")
        }
        if index % 53 == 11 {
            try inserter.insertNarrative(DemoCatalog.narratives[index / 53 % DemoCatalog.narratives.count],
                                         transactionID: transactionID, bankID: bankID, accountID: accountID,
                                         viewID: "owner")
        }
    }
}
