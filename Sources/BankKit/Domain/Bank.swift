/// A bank as a provider lists it.
public struct Bank: Sendable, Hashable, Identifiable {
    public var id: BankID
    public var shortName: String
    public var fullName: String
    public var logoURL: String?
    public var website: String?

    public init(id: BankID, shortName: String, fullName: String, logoURL: String? = nil, website: String? = nil) {
        self.id = id
        self.shortName = shortName
        self.fullName = fullName
        self.logoURL = logoURL
        self.website = website
    }
}
