import BankKit
import Foundation
import GRDB

/// Moves the money of a transaction request, inside the caller's write transaction: a debit on the sender and,
/// for a receiver in the sandbox, a credit, each with its new balance and the other party as counterparty.
enum PaymentExecutor {
    /// Returns the id of the sender's (debit) transaction, which OBP lists as the request's `transaction_ids`.
    static func execute(_ db: Database, _ request: TransactionRequestRecord, users: [UserRecord], now: Int64) throws -> String {
        guard let sender = try StoreReads.account(db, bankID: request.bankID, accountID: request.accountID) else {
            throw OBPError.accountNotFound
        }
        let senderName = users.map(\.username).joined(separator: ", ")
        let debitID = UUID().uuidString.lowercased()
        try post(db, on: sender, id: debitID, amount: "-" + request.debitAmount, request: request,
                 otherName: request.toName, otherBank: request.toBankID.isEmpty ? "" : request.toBankID,
                 otherRouting: request.toRouting, now: now)
        if request.isInternal,
           let receiver = try StoreReads.account(db, bankID: request.toBankID, accountID: request.toAccountID) {
            try post(db, on: receiver, id: UUID().uuidString.lowercased(), amount: request.creditAmount,
                     request: request, otherName: senderName.isEmpty ? sender.label : senderName,
                     otherBank: sender.bankID, otherRouting: sender.iban.isEmpty ? sender.number : sender.iban, now: now)
        }
        return debitID
    }

    /// One side: the counterparty row, the transaction, the new balance and the transaction's list position.
    private static func post(_ db: Database, on account: AccountRecord, id: String, amount: String,
                             request: TransactionRequestRecord, otherName: String, otherBank: String,
                             otherRouting: String, now: Int64) throws {
        let digits = CurrencyPrecision.digits(account.currency)
        guard let delta = MinorAmount.parse(amount, digits: digits),
              let balance = MinorAmount.parse(account.balance, digits: digits) ?? wider(account.balance, digits: digits)
        else { throw OBPError.unknown }
        let newBalance = MinorAmount.format(balance + delta, digits: digits)
        let counterpartyID = DerivedID.make("counterparty", account.bankID, account.id, otherName)
        try db.execute(sql: """
            INSERT OR IGNORE INTO counterparty(id, bank_id, account_id, name, public_alias, private_alias, other_bank,
                                               other_number, kind, more_info, url) VALUES (?, ?, ?, ?, ?, '', ?, ?, '', '', '')
            """, arguments: [
            counterpartyID, account.bankID, account.id, otherName,
            DerivedID.publicAlias(account.bankID, account.id, otherName), otherBank, otherRouting,
        ])
        try db.execute(sql: """
            INSERT INTO txn(bank_id, account_id, id, counterparty_id, type, description, posted, completed, amount,
                            new_balance, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [account.bankID, account.id, id, counterpartyID, request.type, request.description, now, now,
                             amount, newBalance, account.currency])
        try db.execute(sql: "UPDATE account SET balance = ? WHERE bank_id = ? AND id = ?",
                       arguments: [newBalance, account.bankID, account.id])
        try TransactionPositions.appendPosition(db, bankID: account.bankID, accountID: account.id, id: id, posted: now)
    }

    /// An imported balance with more decimals than its currency has ("10.005 EUR"), rounded to the currency.
    private static func wider(_ text: String, digits: Int) -> Int64? {
        guard let extra = MinorAmount.fractionDigits(text), let minor = MinorAmount.parse(text, digits: extra) else { return nil }
        return ExchangeRates.convert(minor, fromDigits: extra, rate: "1", toDigits: digits)
    }
}
