import Foundation

/// One of a counterparty's metadata fields, as OBP's other-account endpoints (APIMethods121) address it: its path,
/// its body key, and the view flags that let a view see, set and clear it. The one list client and sandbox share.
public enum CounterpartyMetadataField: String, CaseIterable, Sendable, Codable {
    case publicAlias = "public_alias"
    case privateAlias = "private_alias"
    case moreInfo = "more_info"
    case url
    case imageURL = "image_url"
    case openCorporatesURL = "open_corporates_url"
    case corporateLocation = "corporate_location"
    case physicalLocation = "physical_location"

    /// What a write sets the field to.
    public enum Value: Sendable, Hashable {
        case text(String)
        case location(latitude: Double, longitude: Double)
    }

    /// Accepts `private_alias`, `private-alias` and `privatealias`, in any case.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        guard let field = Self(rawValue: key) ?? Self.allCases.first(where: {
            $0.rawValue.replacingOccurrences(of: "_", with: "") == key.replacingOccurrences(of: "_", with: "")
        }) else { return nil }
        self = field
    }

    /// How a person names it.
    public var label: String {
        switch self {
        case .publicAlias: "public alias"
        case .privateAlias: "private alias"
        case .moreInfo: "more info"
        case .url: "URL"
        case .imageURL: "image URL"
        case .openCorporatesURL: "OpenCorporates URL"
        case .corporateLocation: "corporate location"
        case .physicalLocation: "physical location"
        }
    }

    /// Under `.../other_accounts/O/`: the aliases directly, the rest under `metadata/`.
    public var path: String {
        switch self {
        case .publicAlias, .privateAlias: rawValue
        default: "metadata/" + rawValue
        }
    }

    public var isLocation: Bool { self == .corporateLocation || self == .physicalLocation }
    public var isURL: Bool { self == .url || self == .imageURL || self == .openCorporatesURL }

    /// The body's key: `alias`, `more_info`, `URL`, `image_URL`, `open_corporates_URL`, or the location's name.
    public var bodyKey: String {
        switch self {
        case .publicAlias, .privateAlias: "alias"
        case .url: "URL"
        case .imageURL: "image_URL"
        case .openCorporatesURL: "open_corporates_URL"
        case .moreInfo, .corporateLocation, .physicalLocation: rawValue
        }
    }

    public var seeFlag: ViewFlag {
        switch self {
        case .publicAlias: .canSeePublicAlias
        case .privateAlias: .canSeePrivateAlias
        case .moreInfo: .canSeeMoreInfo
        case .url: .canSeeURL
        case .imageURL: .canSeeImageURL
        case .openCorporatesURL: .canSeeOpenCorporatesURL
        case .corporateLocation: .canSeeCorporateLocation
        case .physicalLocation: .canSeePhysicalLocation
        }
    }

    /// Adding and changing a field need the same flag; so does clearing a text field (OBP checks `addURL` there too).
    public var addFlag: ViewFlag {
        switch self {
        case .publicAlias: .canAddPublicAlias
        case .privateAlias: .canAddPrivateAlias
        case .moreInfo: .canAddMoreInfo
        case .url: .canAddURL
        case .imageURL: .canAddImageURL
        case .openCorporatesURL: .canAddOpenCorporatesURL
        case .corporateLocation: .canAddCorporateLocation
        case .physicalLocation: .canAddPhysicalLocation
        }
    }

    public var deleteFlag: ViewFlag {
        switch self {
        case .corporateLocation: .canDeleteCorporateLocation
        case .physicalLocation: .canDeletePhysicalLocation
        default: addFlag
        }
    }

    /// What a person typed, checked as the server will: a URL is http(s) with a host, a location is "lat, lon"
    /// on the globe. Refusing here saves a request and says why in words.
    public func parse(_ text: String) -> Result<Value, BankError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if isLocation {
            let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]) else {
                return .failure(BankError(kind: .invalidInput, message: "a \(label) is \"latitude, longitude\", e.g. 60.17, 24.94"))
            }
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                return .failure(BankError(kind: .invalidInput, message: "latitude must be in -90...90 and longitude in -180...180"))
            }
            return .success(.location(latitude: latitude, longitude: longitude))
        }
        if isURL, !Self.isWebURL(trimmed) {
            return .failure(BankError(kind: .invalidInput, message: "a \(label) starts with http:// or https://"))
        }
        guard !trimmed.isEmpty else { return .failure(BankError(kind: .invalidInput, message: "the \(label) cannot be empty")) }
        return .success(.text(trimmed))
    }

    /// An http(s) URL with a host: what a counterparty's URLs may be (OBP-10017 otherwise).
    public static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text) else { return false }
        return ["http", "https"].contains(url.scheme?.lowercased() ?? "") && url.host?.isEmpty == false
    }

    /// The request body that sets the field.
    public func body(_ value: Value) -> [String: Any] {
        switch value {
        case .text(let text): [bodyKey: text]
        case .location(let latitude, let longitude): [bodyKey: ["latitude": latitude, "longitude": longitude]]
        }
    }
}
