import BankKit
import Foundation

/// The JSON the payment, exchange-rate and account commands print (keys sorted, every key present, null when
/// the server gave no value).
extension JSONRecords {
    static func transactionRequest(_ r: TransactionRequest) -> [String: Any] {
        [
            "id": r.id, "type": r.type, "status": r.status.name, "bank_id": r.from.bankID.rawValue, "account_id": r.from.accountID.rawValue,
            "value": money(r.amount), "description": r.description ?? NSNull(), "to": r.to ?? NSNull(),
            "transaction_ids": r.transactionIDs.map(\.rawValue), "start_date": date(r.started), "end_date": date(r.ended),
            "challenge": r.challenge.map { c -> [String: Any] in
                ["id": c.id, "allowed_attempts": c.allowedAttempts ?? NSNull(), "challenge_type": c.type ?? NSNull()]
            } ?? NSNull(),
            "charge": money(r.charge),
            "exchange_rate": r.conversion.map { c -> [String: Any] in
                ["rate": "\(c.rate)", "debit": money(c.debit), "credit": money(c.credit)]
            } ?? NSNull(),
        ]
    }

    static func fxRate(_ rate: FXRate) -> [String: Any] {
        ["bank_id": rate.bankID.rawValue, "from_currency": rate.from, "to_currency": rate.to, "rate": "\(rate.rate)",
         "inverse_rate": rate.inverseRate.map { "\($0)" } ?? NSNull(), "effective_date": date(rate.effective)]
    }

    static func accountAttribute(_ a: AccountAttribute) -> [String: Any] {
        ["id": a.id ?? NSNull(), "name": a.name, "type": a.type, "value": a.value, "product_code": a.productCode ?? NSNull()]
    }
}
