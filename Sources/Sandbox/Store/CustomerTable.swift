import GRDB

/// Customers (stored as the JSON OBP sends back), the links of users to them, and their social media handles.
enum CustomerTable {
    /// The JSON body of one customer.
    static func find(_ db: Database, bankID: String, id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM customer WHERE bank_id = ? AND id = ?"),
                            arguments: [bankID, id])
    }

    static func atBank(_ db: Database, bankID: String) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT body FROM customer WHERE bank_id = ? ORDER BY number, id"),
                            arguments: [bankID])
    }

    /// The customers linked to the user, at one bank or (nil) at every bank.
    static func linked(_ db: Database, userID: String, bankID: String?) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT c.body FROM user_customer_link l JOIN customer c ON c.id = l.customer_id
            WHERE l.user_id = ?1 AND (?2 IS NULL OR c.bank_id = ?2) ORDER BY c.bank_id, c.number, c.id
            """), arguments: [userID, bankID])
    }

    static func numberTaken(_ db: Database, bankID: String, number: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM customer WHERE bank_id = ? AND number = ?)"),
                          arguments: [bankID, number]) ?? false
    }

    static func insert(_ db: Database, id: String, bankID: String, number: String, body: JSON) throws {
        try db.cachedStatement(sql: "INSERT INTO customer VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, bankID, number, String(decoding: body.bytes, as: UTF8.self)])
    }

    /// Adds the link unless the user is already linked to the customer; returns whether it was added.
    static func link(_ db: Database, _ link: UserCustomerLinkRecord) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO user_customer_link VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [link.id, link.userID, link.customerID, link.bankID, link.date])
        return db.changesCount > 0
    }

    static func links(_ db: Database, userID: String, bankID: String) throws -> [UserCustomerLinkRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, user_id, customer_id, bank_id, date FROM user_customer_link WHERE user_id = ? AND bank_id = ?
            ORDER BY date, id
            """), arguments: [userID, bankID]).map {
            UserCustomerLinkRecord(id: $0[0], userID: $0[1], customerID: $0[2], bankID: $0[3], date: $0[4])
        }
    }

    static func addSocialMediaHandle(_ db: Database, customerID: String, body: JSON) throws {
        try db.cachedStatement(sql: """
            INSERT INTO social_media_handle
            VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM social_media_handle WHERE customer_id = ?1), ?2)
            """).execute(arguments: [customerID, String(decoding: body.bytes, as: UTF8.self)])
    }

    static func socialMediaHandles(_ db: Database, customerID: String) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT body FROM social_media_handle WHERE customer_id = ? ORDER BY seq"),
                            arguments: [customerID])
    }
}
