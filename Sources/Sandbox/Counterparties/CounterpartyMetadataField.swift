import BankKit
import Foundation

/// The fields live in BankKit, one list of paths, body keys and flags for client and server; this name keeps them
/// in scope in every sandbox file.
typealias CounterpartyMetadataField = BankKit.CounterpartyMetadataField

/// How the sandbox reads and stores a field (APIMethods121): changing and deleting a text field needs the same
/// `can_add_*` flag as adding it; the locations have their own `can_delete_*`.
extension CounterpartyMetadataField {
    /// The value a POST or PUT body sets: a URL must be http(s) with a host, coordinates must be on the globe.
    func value(from body: [String: Any]) throws -> Value {
        if isLocation {
            guard let location = body[bodyKey] as? [String: Any],
                  let latitude = (location["latitude"] as? NSNumber)?.doubleValue,
                  let longitude = (location["longitude"] as? NSNumber)?.doubleValue else { throw OBPError.invalidJSON }
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { throw OBPError.coordinatesNotPossible }
            return .location(latitude: latitude, longitude: longitude)
        }
        guard let text = body[bodyKey] as? String else { throw OBPError.invalidJSON }
        if isURL, !Self.isWebURL(text) { throw OBPError.invalidURL }
        return .text(text)
    }

    /// The metadata with this field set to `value` (nil clears it), a location stamped with who and when.
    func applied(_ value: Value?, to metadata: CounterpartyMetadataRecord, user: UserRecord?, date: Int64)
        -> CounterpartyMetadataRecord {
        var m = metadata
        if isLocation {
            let location: LocationRecord? = if case .location(let latitude, let longitude)? = value {
                LocationRecord(latitude: latitude, longitude: longitude, date: date, user: user)
            } else { nil }
            let path: WritableKeyPath<CounterpartyMetadataRecord, LocationRecord?> =
                self == .corporateLocation ? \.corporateLocation : \.physicalLocation
            m[keyPath: path] = location
        } else if let path = Self.textFields[self] {
            m[keyPath: path] = if case .text(let text)? = value { text } else { "" }
        }
        return m
    }

    /// Where each text field is kept in the record.
    private static let textFields: [CounterpartyMetadataField: WritableKeyPath<CounterpartyMetadataRecord, String> & Sendable] = [
        .publicAlias: \.publicAlias, .privateAlias: \.privateAlias, .moreInfo: \.moreInfo, .url: \.url,
        .imageURL: \.imageURL, .openCorporatesURL: \.openCorporatesURL,
    ]

    /// The alias endpoints' GET answer.
    func alias(in metadata: CounterpartyMetadataRecord) -> String {
        self == .privateAlias ? metadata.privateAlias : metadata.publicAlias
    }
}
