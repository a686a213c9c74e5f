import BankKit

/// The OP demo data: the accounts of the four sandbox customers and their transactions, generated from a fixed
/// seed so that every machine and every run serves the same ids, IBANs and amounts. Read-only: OP has no write API.
struct OPDataset: Sendable {
    /// Accounts per `x-authorization` token.
    let accounts: [String: [OPAccountRecord]]
    /// Transactions per account id, oldest first.
    let transactions: [String: [OPTransactionRecord]]

    func account(_ id: String, token: String) -> OPAccountRecord? {
        accounts[token]?.first { $0.id == id }
    }

    static let standard = generate()

    static func generate() -> OPDataset {
        var generator = SplitMix64(seed: 0x0e9f_1a2d)
        var accounts = [String: [OPAccountRecord]]()
        var transactions = [String: [OPTransactionRecord]]()
        for (index, customer) in OPSandbox.customers.enumerated() {
            let ownerID = DerivedID.make("op-owner", customer.token)
            let plans = OPCatalog.plans[index % OPCatalog.plans.count]
            let ibans = plans.indices.map { _ in
                FinnishIBAN.make(bban: FinnishIBAN.bban(bankPrefix: "5000",
                                                        number: generator.next() % 10_000_000_000))
            }
            for (number, plan) in plans.enumerated() {
                let id = DerivedID.make("op-account", customer.token, String(number))
                let context = Context(accountID: id, iban: ibans[number], owner: customer.name,
                                      ownIbans: ibans, employer: OPCatalog.employers[index % OPCatalog.employers.count])
                let list = makeTransactions(plan, context: context, generator: &generator)
                let balance = plan.opening + list.reduce(0) { $0 + $1.amount }
                accounts[customer.token, default: []].append(OPAccountRecord(
                    id: id, iban: ibans[number], name: plan.name, ownerID: ownerID, ownerName: customer.name,
                    balance: balance, amountAvailable: plan.kind == .current ? balance + 50_000 : balance))
                transactions[id] = list
            }
        }
        return OPDataset(accounts: accounts, transactions: transactions)
    }

    private struct Context {
        let accountID: String
        let iban: String
        let owner: String
        let ownIbans: [String]
        let employer: OPCatalog.Party
    }

    /// 2026-01-01 to 2026-10-31, spread evenly with some jitter, booked on the hour.
    private static func makeTransactions(_ plan: OPCatalog.AccountPlan, context: Context,
                                         generator: inout SplitMix64) -> [OPTransactionRecord] {
        let start = Int64(CivilCalendar.days(year: 2026, month: 1, day: 1)) * 86_400_000
        let span = Int64(303) * 86_400_000
        let step = span / Int64(max(1, plan.transactions))
        return (0..<plan.transactions).map { index in
            let jitter = Int64.random(in: 0...max(0, step / 2), using: &generator)
            let booking = (start + Int64(index) * step + jitter) / 3_600_000 * 3_600_000
            let value = booking / 86_400_000 * 86_400_000 + Int64.random(in: 0...2, using: &generator) * 86_400_000
            let entry = entry(plan.kind, index: index, count: plan.transactions, context: context,
                              generator: &generator)
            let party = entry.party
            let partyIban = party.map { FinnishIBAN.make(bban: FinnishIBAN.bban(
                bankPrefix: $0.bankPrefix, number: StableHash.fnv1a($0.name.utf8))) } ?? entry.ownIban
            let partyName = party?.name ?? context.owner
            let incoming = entry.amount > 0
            return OPTransactionRecord(
                id: DerivedID.make("op-tx", context.accountID, String(index)), accountID: context.accountID,
                booking: booking, value: value, amount: entry.amount, message: entry.message,
                reference: entry.hasReference ? FinnishReference.make(base: generator.next()) : "",
                payerIban: incoming ? partyIban : context.iban, payerName: incoming ? partyName : context.owner,
                receiverIban: incoming ? context.iban : partyIban, receiverName: incoming ? context.owner : partyName,
                type: entry.type, purpose: entry.purpose)
        }
    }

    private struct Entry {
        var amount: Int
        var message: String
        var type: String
        var purpose: String
        /// nil when the other side is one of the customer's own accounts.
        var party: OPCatalog.Party?
        var ownIban = ""
        var hasReference = false
    }

    private static func entry(_ kind: OPCatalog.AccountKind, index: Int, count: Int, context: Context,
                              generator: inout SplitMix64) -> Entry {
        let monthly = max(1, count / 10)
        switch kind {
        case .current:
            if index % monthly == monthly - 1 {
                return Entry(amount: 285_000 + Int.random(in: 0...40_000, using: &generator), message: "Palkka",
                             type: "PALKKA", purpose: "SALA", party: context.employer)
            }
            if index % 7 == 3 {
                let which = Int.random(in: 0..<OPCatalog.bills.count, using: &generator)
                return Entry(amount: -Int.random(in: 2_500...24_000, using: &generator),
                             message: OPCatalog.billMessages[which], type: "E-LASKU", purpose: "SUPP",
                             party: OPCatalog.bills[which], hasReference: true)
            }
            let shop = OPCatalog.shops[Int.random(in: 0..<OPCatalog.shops.count, using: &generator)]
            let message = OPCatalog.purchaseMessages[Int.random(in: 0..<OPCatalog.purchaseMessages.count,
                                                                using: &generator)]
            return Entry(amount: -Int.random(in: 180...12_000, using: &generator), message: "\(message) \(shop.name)",
                         type: "KORTTIOSTO", purpose: "GDSV", party: shop)
        case .savings:
            let own = context.ownIbans.first { $0 != context.iban } ?? context.iban
            switch index % 6 {
            case 5:
                return Entry(amount: -Int.random(in: 10_000...60_000, using: &generator),
                             message: OPCatalog.savingsMessages[2], type: "TILISIIRTO", purpose: "CASH", ownIban: own)
            case 4:
                return Entry(amount: Int.random(in: 50...900, using: &generator), message: OPCatalog.savingsMessages[3],
                             type: "KORKO", purpose: "INTE",
                             party: OPCatalog.Party(name: "OP Osuuspankki", bankPrefix: "5", bic: OPCatalog.bic))
            default:
                return Entry(amount: Int.random(in: 5_000...40_000, using: &generator),
                             message: OPCatalog.savingsMessages[index % 2], type: "TILISIIRTO", purpose: "SAVG",
                             ownIban: own)
            }
        case .business:
            if index % 3 == 0 {
                let buyer = OPCatalog.customersOfBusiness[Int.random(in: 0..<OPCatalog.customersOfBusiness.count,
                                                                     using: &generator)]
                return Entry(amount: Int.random(in: 40_000...480_000, using: &generator),
                             message: OPCatalog.businessMessages[1], type: "TILISIIRTO", purpose: "SUPP",
                             party: buyer, hasReference: true)
            }
            let supplier = OPCatalog.bills[Int.random(in: 0..<OPCatalog.bills.count, using: &generator)]
            return Entry(amount: -Int.random(in: 5_000...90_000, using: &generator),
                         message: "\(OPCatalog.businessMessages[index % 2 == 0 ? 0 : 3]) \(supplier.name)",
                         type: "E-LASKU", purpose: "SUPP", party: supplier, hasReference: true)
        }
    }
}
