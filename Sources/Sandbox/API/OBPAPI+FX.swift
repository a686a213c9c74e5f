import BankKit
import Foundation

/// A bank's exchange rates: `GET /banks/B/fx/FROM/TO` (any logged-in user) and `PUT /banks/B/fx`.
extension OBPAPI {
    func fxRate(_ call: APICall) async throws -> APIResponse {
        _ = try call.requireUser()
        let (bankID, from, to, now) = (call.param("bank"), call.param("from"), call.param("to"), clock.nowMillis)
        for code in [from, to] {
            guard case .success(let valid) = PaymentValidation.currency(code), valid == code else {
                throw OBPError.invalidCurrencyCode
            }
        }
        let rate = try await store.read { db -> FXRateRecord in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            guard let rate = try ExchangeRates.rate(db, bankID: bankID, from: from, to: to, now: now) else {
                throw OBPError.fxPairNotSupported
            }
            return rate
        }
        return .ok(Self.fxJSON(rate))
    }

    /// OBP-CLI's `addfx` sends the rates as JSON numbers and a date like `2017-09-19T00:00:00Z`.
    func setFXRate(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        let body = try call.jsonBody()
        let number = { (key: String) -> String? in
            switch body[key] {
            case let text as String: MinorAmount.fractionDigits(text) == nil ? nil : text
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        guard let from = body["from_currency_code"] as? String, let to = body["to_currency_code"] as? String,
              let rate = number("conversion_value"), Decimal(string: rate).map({ $0 > 0 }) == true else {
            throw OBPError.invalidJSON
        }
        for code in [from, to] {
            guard case .success(let valid) = PaymentValidation.currency(code), valid == code else { throw OBPError.invalidCurrencyCode }
        }
        let inverse = number("inverse_conversion_value") ?? "0"
        let effective = (body["effective_date"] as? String).flatMap(Timestamp.parse) ?? clock.nowMillis
        let record = FXRateRecord(bankID: bankID, from: from, to: to, conversionValue: rate, inverseConversionValue: inverse,
                                  effectiveDate: effective)
        let userID = try call.requireUser()
        try await store.write { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canCreateFxRate, .canCreateFxRateAtAnyBank], bankID: bankID, userID: userID)
            try FXRateStore.save(db, record)
        }
        return .created(Self.fxJSON(record))
    }

    static func fxJSON(_ rate: FXRateRecord) -> JSON {
        .obj([
            "bank_id": .string(rate.bankID), "from_currency_code": .string(rate.from), "to_currency_code": .string(rate.to),
            // Exact decimal numbers, as OBP sends them, never through Double.
            "conversion_value": .raw(Array(rate.conversionValue.utf8)),
            "inverse_conversion_value": .raw(Array(rate.inverseConversionValue.utf8)),
            "effective_date": .string(Timestamp.format(rate.effectiveDate)),
        ])
    }
}
