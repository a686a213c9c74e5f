import BankKit

/// What `f` typed in `:api`, k9s-style: plain words must all appear in the verb, path, summary or tags, and each
/// `#Tag` token keeps only the endpoints carrying that tag. A tag is compared by its letters and digits alone, so
/// `#account-information-service-(ais)` and `#AccountInformationServiceAIS` both name "Account Information
/// Service (AIS)"; when no tag is exactly that, a tag starting with it is enough (`#counter` for Counterparty).
public struct APIDocFilter: Sendable, Hashable {
    /// Lower-cased words.
    public var words: [String]
    /// Tags asked for, in their compared form.
    public var tags: [String]

    public init(_ text: String) {
        var words: [String] = []
        var tags: [String] = []
        for token in text.split(whereSeparator: \.isWhitespace) {
            if token.hasPrefix("#") {
                let tag = Self.key(String(token.dropFirst()))
                if !tag.isEmpty { tags.append(tag) }
            } else {
                words.append(token.lowercased())
            }
        }
        self.words = words
        self.tags = tags
    }

    /// The docs `text` keeps, in their order, those whose summary is exactly the words first ("Get Banks" ahead
    /// of the endpoints that merely mention banks).
    public static func apply(_ text: String, to docs: [OBPResourceDoc]) -> [OBPResourceDoc] {
        let filter = APIDocFilter(text)
        let known = Set(docs.flatMap(\.tags).map(key))
        let matches = docs.filter { filter.matches($0, knownTags: known) }
        let wanted = filter.words.joined(separator: " ")
        guard !wanted.isEmpty else { return matches }
        let named = matches.filter { $0.summary.lowercased() == wanted }
        return named + matches.filter { $0.summary.lowercased() != wanted }
    }

    /// Whether `doc` has every word and every tag; `knownTags` (compared forms) decides whether a tag token is
    /// exact or a prefix.
    func matches(_ doc: OBPResourceDoc, knownTags: Set<String>) -> Bool {
        let docTags = doc.tags.map(Self.key)
        let hasTags = tags.allSatisfy { wanted in
            knownTags.contains(wanted) ? docTags.contains(wanted) : docTags.contains { $0.hasPrefix(wanted) }
        }
        guard hasTags else { return false }
        let text = ([doc.method.rawValue, doc.url, doc.summary] + doc.tags).joined(separator: " ").lowercased()
        return words.allSatisfy { text.contains($0) }
    }

    /// The `#` token the tag picker writes for `tag`: one word, as the filter reads it back.
    public static func token(for tag: String) -> String {
        "#" + tag.split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }

    /// `text` without its `#` tokens, for the picker to put its own in.
    static func removingTags(from text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).filter { !$0.hasPrefix("#") }.joined(separator: " ")
    }

    /// A tag as compared: its letters and digits, lower-cased.
    static func key(_ tag: String) -> String {
        String(tag.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
