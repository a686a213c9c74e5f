import GRDB

/// An account's other accounts as OBP lists them: the implicit counterparties of its transactions, then the
/// explicit ones made on it through any view (OBP-API PR #978), which carry their own routing schemes.
enum OtherAccountStore {
    static func all(_ db: Database, bankID: String, accountID: String) throws -> [CounterpartyRecord] {
        try StoreReads.counterparties(db, bankID: bankID, accountID: accountID)
            + ExplicitCounterpartyStore.forAccount(db, bankID: bankID, accountID: accountID).map(otherAccount)
    }

    static func find(_ db: Database, bankID: String, accountID: String, id: String) throws -> CounterpartyRecord? {
        if let implicit = try StoreReads.counterparty(db, bankID: bankID, accountID: accountID, id: id) { return implicit }
        return try ExplicitCounterpartyStore.counterparty(db, bankID: bankID, accountID: accountID, id: id).map(otherAccount)
    }

    static func otherAccount(_ c: ExplicitCounterpartyRecord) -> CounterpartyRecord {
        CounterpartyRecord(id: c.id, name: c.name, publicAlias: "", privateAlias: "", otherBank: c.otherBankRoutingAddress,
                           otherNumber: c.otherAccountRoutingAddress, kind: "", moreInfo: "", url: "",
                           bankRoutingScheme: c.otherBankRoutingScheme, accountRoutingScheme: c.otherAccountRoutingScheme)
    }
}
