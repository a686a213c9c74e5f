import GRDB

/// The rates banks have set through `PUT /banks/B/fx`.
enum FXRateStore {
    static func rate(_ db: Database, bankID: String, from: String, to: String) throws -> FXRateRecord? {
        let statement = try db.cachedStatement(sql: """
            SELECT conversion_value, inverse_conversion_value, effective_date FROM fx_rate
            WHERE bank_id = ? AND from_currency = ? AND to_currency = ?
            """)
        return try Row.fetchOne(statement, arguments: [bankID, from, to]).map {
            FXRateRecord(bankID: bankID, from: from, to: to, conversionValue: $0[0], inverseConversionValue: $0[1],
                         effectiveDate: $0[2])
        }
    }

    static func save(_ db: Database, _ rate: FXRateRecord) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO fx_rate VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [
            rate.bankID, rate.from, rate.to, rate.conversionValue, rate.inverseConversionValue, rate.effectiveDate,
        ])
    }
}
