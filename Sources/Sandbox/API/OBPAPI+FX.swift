import BankKit

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
