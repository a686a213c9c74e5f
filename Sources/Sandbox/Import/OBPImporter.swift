import Foundation
import GRDB

/// Loads OBP's sandbox import format. Accounts are keyed by (bank, account) because the same account id may
/// occur at two banks, as it does in OBP's own example file.
enum OBPImporter {
    struct Summary: Sendable, Equatable {
        var banks = 0
        var users = 0
        var accounts = 0
        var transactions = 0
    }

    enum ImportError: Error, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case unknownAccount(transaction: String)
        case badDate(transaction: String)

        var description: String {
            switch self {
            case .unreadable(let path, let reason): "cannot import \(path): \(reason)"
            case .unknownAccount(let id): "transaction \(id) refers to an account that is not in the file"
            case .badDate(let id): "transaction \(id) has a date that is not ISO-8601"
            }
        }
    }

    static func decode(path: String) throws -> OBPImportFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            // Foundation's text names its error domain and user info; a person wants the reason.
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw ImportError.unreadable(path: path, reason: reason)
        }
        do {
            return try JSONDecoder().decode(OBPImportFile.self, from: data)
        } catch {
            throw ImportError.unreadable(path: path, reason: "\(error)")
        }
    }

    static func load(_ file: OBPImportFile, into db: Database) throws -> Summary {
        let inserter = try BulkInserter(db)
        var summary = Summary()
        for bank in file.banks {
            try inserter.insert(BankRecord(id: bank.id, shortName: bank.short_name, fullName: bank.full_name,
                                           logo: bank.logo ?? "", website: bank.website ?? "",
                                           bankCode: bank.short_name.uppercased().filter(\.isLetter)))
            summary.banks += 1
        }
        var userIDs = [String: String]()
        for user in file.users {
            let id = DerivedID.make("user", user.user_name)
            userIDs[user.user_name] = id
            if try !Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM user WHERE username = ?)", arguments: [user.user_name])! {
                try inserter.insert(UserRecord(id: id, username: user.user_name, email: user.email), password: user.password)
            }
            summary.users += 1
        }
        var currencies = [String: String]()
        for account in file.accounts {
            var views = [ViewDefinition.owner]
            if account.generate_accountants_view ?? true { views.append(.accountant) }
            if account.generate_auditors_view ?? true { views.append(.auditor) }
            if account.generate_public_view ?? false { views.append(.publicView) }
            try inserter.insert(
                AccountRecord(bankID: account.bank, id: account.id, label: account.label ?? "",
                              number: account.number ?? "", type: account.type ?? "",
                              currency: account.balance.currency, balance: account.balance.amount,
                              iban: account.IBAN ?? ""),
                views: views, ownerIDs: account.owners.compactMap { userIDs[$0] })
            currencies[account.bank + "\u{1f}" + account.id] = account.balance.currency
            summary.accounts += 1
        }
        for transaction in file.transactions {
            let bankID = transaction.this_account.bank, accountID = transaction.this_account.id
            guard let currency = currencies[bankID + "\u{1f}" + accountID] else {
                throw ImportError.unknownAccount(transaction: transaction.id)
            }
            guard let posted = Timestamp.parse(transaction.details.posted) else {
                throw ImportError.badDate(transaction: transaction.id)
            }
            let name = transaction.counterparty?.name ?? ""
            let counterparty = CounterpartyRecord(
                id: DerivedID.make("counterparty", bankID, accountID, name), name: name,
                publicAlias: DerivedID.publicAlias(bankID, accountID, name), privateAlias: "",
                otherBank: "", otherNumber: transaction.counterparty?.account_number ?? "", kind: "",
                moreInfo: "", url: "")
            try inserter.insert(counterparty, bankID: bankID, accountID: accountID)
            try inserter.insert(
                TransactionRecord(id: transaction.id, type: transaction.details.type ?? "",
                                  description: transaction.details.description ?? "", posted: posted,
                                  completed: transaction.details.completed.flatMap(Timestamp.parse) ?? posted,
                                  amount: transaction.details.value, newBalance: transaction.details.new_balance,
                                  currency: currency, counterparty: counterparty),
                bankID: bankID, accountID: accountID)
            summary.transactions += 1
        }
        for product in file.products ?? [] {
            try db.execute(sql: "INSERT OR IGNORE INTO product VALUES (?, ?, ?)",
                           arguments: [product.bank_id, product.code, product.name ?? ""])
        }
        for branch in file.branches ?? [] {
            try inserter.insertBranch(bankID: branch.bank_id, id: branch.id, body: BranchJSON.make(branch))
        }
        return summary
    }
}
