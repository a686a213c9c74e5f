import GRDB

/// Counterparty metadata as written through the API, one row per counterparty of an account (implicit or explicit);
/// a counterparty without a row still has the metadata its import brought (`CounterpartyMetadataBook`).
enum CounterpartyMetadataStore {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS counterparty_metadata(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, counterparty_id TEXT NOT NULL,
                public_alias TEXT NOT NULL, private_alias TEXT NOT NULL, more_info TEXT NOT NULL, url TEXT NOT NULL,
                image_url TEXT NOT NULL, open_corporates_url TEXT NOT NULL,
                corporate_latitude REAL, corporate_longitude REAL, corporate_date INTEGER, corporate_user_id TEXT,
                physical_latitude REAL, physical_longitude REAL, physical_date INTEGER, physical_user_id TEXT,
                PRIMARY KEY(bank_id, account_id, counterparty_id)) WITHOUT ROWID
            """)
    }

    static func book(_ db: Database, account: AccountRecord) throws -> CounterpartyMetadataBook {
        let statement = try db.cachedStatement(sql: """
            SELECT m.counterparty_id, m.public_alias, m.private_alias, m.more_info, m.url, m.image_url, m.open_corporates_url,
                   m.corporate_latitude, m.corporate_longitude, m.corporate_date, cu.id, cu.username, cu.email,
                   m.physical_latitude, m.physical_longitude, m.physical_date, pu.id, pu.username, pu.email
            FROM counterparty_metadata m
            LEFT JOIN user cu ON cu.id = m.corporate_user_id LEFT JOIN user pu ON pu.id = m.physical_user_id
            WHERE m.bank_id = ? AND m.account_id = ?
            """)
        var stored = [String: CounterpartyMetadataRecord]()
        for row in try Row.fetchAll(statement, arguments: [account.bankID, account.id]) {
            stored[row[0]] = CounterpartyMetadataRecord(
                publicAlias: row[1], privateAlias: row[2], moreInfo: row[3], url: row[4], imageURL: row[5],
                openCorporatesURL: row[6], corporateLocation: location(row, from: 7), physicalLocation: location(row, from: 13))
        }
        return CounterpartyMetadataBook(account: account, stored: stored)
    }

    static func save(_ db: Database, account: AccountRecord, counterpartyID: String, _ m: CounterpartyMetadataRecord) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO counterparty_metadata VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                account.bankID, account.id, counterpartyID, m.publicAlias, m.privateAlias, m.moreInfo, m.url, m.imageURL,
                m.openCorporatesURL, m.corporateLocation?.latitude, m.corporateLocation?.longitude,
                m.corporateLocation?.date, m.corporateLocation?.user?.id, m.physicalLocation?.latitude,
                m.physicalLocation?.longitude, m.physicalLocation?.date, m.physicalLocation?.user?.id,
            ])
    }

    static func delete(_ db: Database, bankID: String, accountID: String, counterpartyID: String) throws {
        try db.execute(sql: "DELETE FROM counterparty_metadata WHERE bank_id = ? AND account_id = ? AND counterparty_id = ?",
                       arguments: [bankID, accountID, counterpartyID])
    }

    private static func location(_ row: Row, from i: Int) -> LocationRecord? {
        guard let latitude: Double = row[i], let longitude: Double = row[i + 1], let date: Int64 = row[i + 2] else { return nil }
        let user: UserRecord? = (row[i + 3] as String?).map { UserRecord(id: $0, username: row[i + 4], email: row[i + 5]) }
        return LocationRecord(latitude: latitude, longitude: longitude, date: date, user: user)
    }
}
