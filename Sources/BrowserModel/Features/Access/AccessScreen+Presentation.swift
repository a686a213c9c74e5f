import BankKit

/// The grid as TerminalUI's table draws it: a row per user, a column per view (the selected one bracketed and
/// the last to go on a narrow terminal), `✓` where the user has the view; the identity provider goes first.
extension AccessScreen {
    public var presentation: ScreenPresentation {
        list.presentation(columns: columns, empty: "nobody has a view of \(accountName): g grants one") { grant in
            [ScreenCell(grant.user.displayName)]
                + views.map { view in
                    grant.views.contains { $0.id == view.id } ? ScreenCell("✓", .positive) : ScreenCell("·", .muted)
                }
                + [ScreenCell(grant.user.provider, .muted)]
        }
    }

    var columns: [ScreenColumn] {
        let views = views
        let user = ScreenColumn("User", .flexible(minimum: 14, weight: 2), priority: views.count + 1)
        let provider = ScreenColumn("Provider", .flexible(minimum: 12, weight: 1), priority: -views.count)
        return [user] + views.indices.map { index in
            let id = views[index].id.rawValue + (views[index].isPublic ? " (all)" : "")
            return ScreenColumn(index == column ? "[\(id)]" : id, .fixed(id.count + 3),
                                priority: views.count - abs(index - column))
        } + [provider]
    }
}
