import BankKit

/// The matrix as TerminalUI's table draws it: a column per view, the selected one bracketed and the last to be
/// dropped on a narrow terminal; a changed, unsaved cell carries a `*`.
extension ViewsScreen {
    public var presentation: ScreenPresentation {
        list.presentation(columns: columns, empty: "\(accountName) has no views") { row in
            switch row {
            case .group(let group):
                [ScreenCell(group.rawValue.uppercased(), .muted)] + views.map { _ in ScreenCell("", .muted) }
            case .flag(let flag):
                [ScreenCell(flag.rawValue)] + views.map { cell(flag, in: $0) }
            }
        }
    }

    var columns: [ScreenColumn] {
        let views = views
        let permission = ScreenColumn("Permission", .flexible(minimum: 24, weight: 1), priority: views.count + 1)
        return [permission] + views.indices.map { index in
            let view = views[index]
            let name = view.id + (drafts[view.id] == nil ? "" : "*")
            return ScreenColumn(index == column ? "[\(name)]" : name, .fixed(view.id.count + 3),
                                priority: views.count - abs(index - column))
        }
    }

    private func cell(_ flag: ViewFlag, in view: ViewDetails) -> ScreenCell {
        let has = flags(of: view).contains(flag)
        let changed = drafts[view.id] != nil && has != Self.savedFlags(of: view).contains(flag)
        let mark = has ? "✓" : "·"
        if changed { return ScreenCell(mark + "*", .mark) }
        return ScreenCell(mark, has ? .positive : .muted)
    }
}
