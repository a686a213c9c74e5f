import Foundation

/// A tag on a transaction. OBP forbids white space in tag values.
public struct Tag: Sendable, Hashable, Identifiable {
    public var id: String
    public var value: String
    public var date: Date?
    public var author: String?

    public init(id: String, value: String, date: Date? = nil, author: String? = nil) {
        self.id = id
        self.value = value
        self.date = date
        self.author = author
    }
}

public struct Comment: Sendable, Hashable, Identifiable {
    public var id: String
    public var value: String
    public var date: Date?
    public var author: String?

    public init(id: String, value: String, date: Date? = nil, author: String? = nil) {
        self.id = id
        self.value = value
        self.date = date
        self.author = author
    }
}

public struct TransactionImage: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    public var url: String
    public var date: Date?
    public var author: String?

    public init(id: String, label: String, url: String, date: Date? = nil, author: String? = nil) {
        self.id = id
        self.label = label
        self.url = url
        self.date = date
        self.author = author
    }
}

/// Where a transaction happened, as an annotation.
public struct GeoTag: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
    public var date: Date?
    public var author: String?

    public init(latitude: Double, longitude: Double, date: Date? = nil, author: String? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.date = date
        self.author = author
    }
}

/// A transaction's annotations as one view sees them. For every field nil means "this view cannot see it";
/// an empty list means "there are none". Metadata lives per view: what one view adds, another does not show.
public struct TransactionMetadata: Sendable, Hashable {
    public var narrative: String?
    public var tags: [Tag]?
    public var comments: [Comment]?
    public var images: [TransactionImage]?
    public var whereTag: Moderated<GeoTag>
    /// True when the annotations are kept on this machine rather than by the provider (OP has no metadata API).
    public var isLocal: Bool

    public init(narrative: String? = nil, tags: [Tag]? = nil, comments: [Comment]? = nil,
                images: [TransactionImage]? = nil, whereTag: Moderated<GeoTag> = .hidden, isLocal: Bool = false) {
        self.narrative = narrative
        self.tags = tags
        self.comments = comments
        self.images = images
        self.whereTag = whereTag
        self.isLocal = isLocal
    }
}

extension TransactionMetadata {
    /// In a box, the common ones in one box each: most transactions carry no annotation at all, and a box per
    /// transaction for "nothing" was an allocation each, decoded and freed by the hundred thousand.
    var shared: Shared<TransactionMetadata> {
        if self == Self.nothingVisible.value { return Self.nothingVisible }
        if self == Self.nothingSeen.value { return Self.nothingSeen }
        return Shared(self)
    }

    /// A view that shows annotations, on a transaction that has none (as OBP sends it).
    private static let nothingVisible = Shared(TransactionMetadata(narrative: "", tags: [], comments: [], images: [],
                                                                   whereTag: .absent))
    /// A view that shows no annotation, or a provider without them.
    private static let nothingSeen = Shared(TransactionMetadata())
}
