import BankKit

/// One row of `:api`'s tag picker: a tag of the resource docs and how many endpoints carry it; `nil` is the
/// row that drops the tag filter.
public struct APITag: Sendable, Hashable {
    public var name: String?
    public var count: Int

    /// Every tag of `docs` by name, after the row for any tag.
    static func all(in docs: [OBPResourceDoc]) -> [APITag] {
        var counts: [String: Int] = [:]
        for doc in docs {
            for tag in Set(doc.tags) { counts[tag, default: 0] += 1 }
        }
        let tags = counts.map { APITag(name: $0.key, count: $0.value) }
            .sorted { ($0.name ?? "").lowercased() < ($1.name ?? "").lowercased() }
        return [APITag(name: nil, count: docs.count)] + tags
    }
}
