import Foundation

public enum SortDirection: String, Sendable, Hashable, Codable {
    case ascending = "ASC"
    case descending = "DESC"
}

/// One page of a list: OBP has no total count and no next link, so a page is an offset and a limit.
public struct PageRequest: Sendable, Hashable {
    public var limit: Int
    public var offset: Int
    public var sort: SortDirection
    public var from: Date?
    public var to: Date?

    public static let defaultLimit = 50

    public init(limit: Int = PageRequest.defaultLimit, offset: Int = 0, sort: SortDirection = .descending,
                from: Date? = nil, to: Date? = nil) {
        self.limit = limit
        self.offset = offset
        self.sort = sort
        self.from = from
        self.to = to
    }

    /// The page after this one.
    public var next: PageRequest {
        var page = self
        page.offset += limit
        return page
    }
}

/// A page of results. A page shorter than its limit is the last one.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var request: PageRequest

    public init(items: [Item], request: PageRequest) {
        self.items = items
        self.request = request
    }

    public var isLast: Bool { items.count < request.limit }
}
