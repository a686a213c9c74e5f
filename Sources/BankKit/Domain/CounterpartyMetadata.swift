/// What users said about a counterparty, shared by every view of the account. A field is nil where the view may
/// not see it (OBP sends null) or the server did not send it; "" where it is empty.
public struct CounterpartyMetadata: Sendable, Hashable {
    public var publicAlias: String?
    public var privateAlias: String?
    public var moreInfo: String?
    public var url: String?
    public var imageURL: String?
    public var openCorporatesURL: String?
    public var corporateLocation: GeoTag?
    public var physicalLocation: GeoTag?

    public init(publicAlias: String? = nil, privateAlias: String? = nil, moreInfo: String? = nil, url: String? = nil,
                imageURL: String? = nil, openCorporatesURL: String? = nil, corporateLocation: GeoTag? = nil,
                physicalLocation: GeoTag? = nil) {
        self.publicAlias = publicAlias
        self.privateAlias = privateAlias
        self.moreInfo = moreInfo
        self.url = url
        self.imageURL = imageURL
        self.openCorporatesURL = openCorporatesURL
        self.corporateLocation = corporateLocation
        self.physicalLocation = physicalLocation
    }

    /// The field's text as a person reads it: a location as "lat, lon"; nil when absent or hidden.
    public func text(of field: CounterpartyMetadataField) -> String? {
        switch field {
        case .publicAlias: publicAlias
        case .privateAlias: privateAlias
        case .moreInfo: moreInfo
        case .url: url
        case .imageURL: imageURL
        case .openCorporatesURL: openCorporatesURL
        case .corporateLocation: corporateLocation.map(Self.coordinates)
        case .physicalLocation: physicalLocation.map(Self.coordinates)
        }
    }

    /// The metadata with one field set (nil clears it), as an optimistic write shows it before the server answers.
    public func setting(_ field: CounterpartyMetadataField, to value: CounterpartyMetadataField.Value?) -> CounterpartyMetadata {
        var copy = self
        let text: String = if case .text(let text)? = value { text } else { "" }
        let location: GeoTag? = if case .location(let latitude, let longitude)? = value {
            GeoTag(latitude: latitude, longitude: longitude)
        } else { nil }
        switch field {
        case .publicAlias: copy.publicAlias = text
        case .privateAlias: copy.privateAlias = text
        case .moreInfo: copy.moreInfo = text
        case .url: copy.url = text
        case .imageURL: copy.imageURL = text
        case .openCorporatesURL: copy.openCorporatesURL = text
        case .corporateLocation: copy.corporateLocation = location
        case .physicalLocation: copy.physicalLocation = location
        }
        return copy
    }

    public static func coordinates(_ tag: GeoTag) -> String { "\(tag.latitude), \(tag.longitude)" }
}
