/// The stored metadata of one account's counterparties, and what a counterparty's metadata is before anyone wrote
/// any: what the import brought (aliases, more info, URL), and OBP's generated public alias when there is none, so
/// a public view always has an alias to show.
struct CounterpartyMetadataBook: Sendable {
    let bankID: String
    let accountID: String
    let stored: [String: CounterpartyMetadataRecord]

    /// For renderers that never show a counterparty (annotations, where tags).
    init(account: AccountRecord, stored: [String: CounterpartyMetadataRecord] = [:]) {
        (bankID, accountID, self.stored) = (account.bankID, account.id, stored)
    }

    func metadata(for counterparty: CounterpartyRecord) -> CounterpartyMetadataRecord {
        if let stored = stored[counterparty.id] { return stored }
        return CounterpartyMetadataRecord(
            publicAlias: counterparty.publicAlias.isEmpty ? DerivedID.publicAlias(bankID, accountID, counterparty.name)
                : counterparty.publicAlias,
            privateAlias: counterparty.privateAlias, moreInfo: counterparty.moreInfo, url: counterparty.url)
    }
}
