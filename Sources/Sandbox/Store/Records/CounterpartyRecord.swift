/// The other side of a transaction, as stored for one account (OBP's "other account").
struct CounterpartyRecord: Sendable {
    let id: String
    let name: String
    let publicAlias: String
    let privateAlias: String
    let otherBank: String
    let otherNumber: String
    let kind: String
    let moreInfo: String
    let url: String
    /// The schemes of `otherBank` and `otherNumber`: an explicit counterparty brings its own.
    var bankRoutingScheme = "OBP"
    var accountRoutingScheme = "AccountNumber"
}
