/// What users said about a counterparty: its aliases, more info, three URLs and two locations. OBP keeps this per
/// counterparty, not per view: every view of the account reads and writes the same record, each within its flags.
struct CounterpartyMetadataRecord: Sendable, Equatable {
    var publicAlias = ""
    var privateAlias = ""
    var moreInfo = ""
    var url = ""
    var imageURL = ""
    var openCorporatesURL = ""
    var corporateLocation: LocationRecord?
    var physicalLocation: LocationRecord?
}

/// A point on the map, with who set it and when.
struct LocationRecord: Sendable, Equatable {
    let latitude: Double
    let longitude: Double
    let date: Int64
    let user: UserRecord?
}
