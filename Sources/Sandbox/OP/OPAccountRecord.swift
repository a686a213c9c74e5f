/// One account of the OP demo data; amounts in cents.
struct OPAccountRecord: Sendable {
    let id: String
    let iban: String
    let name: String
    let ownerID: String
    let ownerName: String
    let balance: Int
    let amountAvailable: Int

    var json: JSON {
        .obj(["accountId": .string(id), "iban": .string(iban), "bic": .string(OPCatalog.bic),
              "accountName": .string(name), "balance": OPJSON.amount(balance),
              "amountAvailable": OPJSON.amount(amountAvailable), "currency": .string("EUR"),
              "ownerId": .string(ownerID)])
    }
}
