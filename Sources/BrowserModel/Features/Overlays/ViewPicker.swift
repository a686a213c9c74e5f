import BankKit

/// The `v` picker: the account's views, each with a one-line summary of what it can see.
public struct ViewPicker: Sendable, Hashable {
    public struct Choice: Sendable, Hashable {
        public var view: ViewSummary
        /// e.g. `sees amount, balance, description; tags, comments; may add tags, comments`.
        public var summary: String
        public var isCurrent: Bool
    }

    public internal(set) var choices: [Choice]
    public internal(set) var selection = ListSelection()

    init(views: [ViewSummary], current: ViewID?) {
        choices = views.map { Choice(view: $0, summary: Self.summary(of: $0), isCurrent: $0.id == current) }
        selection.select(choices.firstIndex(where: \.isCurrent) ?? 0, count: choices.count)
    }

    public var selected: Choice? { choices.indices.contains(selection.index) ? choices[selection.index] : nil }

    /// What a view shows and lets one change, from its `can_*` flags.
    public static func summary(of view: ViewSummary) -> String {
        guard let permissions = view.permissions else { return "permissions not reported" }
        let sees: [(ViewPermission, String)] = [
            (.canSeeTransactionAmount, "amount"), (.canSeeTransactionBalance, "balance"),
            (.canSeeTransactionDescription, "description"), (.canSeeOtherAccountNumber, "counterparty no."),
            (.canSeeTags, "tags"), (.canSeeComments, "comments"), (.canSeeOwnerComment, "narrative"),
            (.canSeeWhereTag, "where"), (.canSeeImages, "images"),
        ]
        let edits: [(ViewPermission, String)] = [
            (.canAddTag, "tags"), (.canAddComment, "comments"), (.canEditOwnerComment, "narrative"),
            (.canAddWhereTag, "where"),
        ]
        let seen = sees.filter { permissions.contains($0.0) }.map(\.1)
        let hidden = sees.filter { !permissions.contains($0.0) }.map(\.1)
        let editable = edits.filter { permissions.contains($0.0) }.map(\.1)
        var parts: [String] = []
        if hidden.isEmpty {
            parts.append("sees everything")
        } else if seen.isEmpty {
            parts.append("sees no amounts or annotations")
        } else {
            parts.append("sees " + seen.joined(separator: ", "))
            parts.append("hides " + hidden.joined(separator: ", "))
        }
        parts.append(editable.isEmpty ? "read-only" : "may add " + editable.joined(separator: ", "))
        return parts.joined(separator: "; ")
    }
}
