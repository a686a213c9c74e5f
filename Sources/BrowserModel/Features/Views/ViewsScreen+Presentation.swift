import BankKit

/// The matrix as TerminalUI's table draws it: a column per view, the selected one bracketed and the last to be
/// dropped on a narrow terminal; a changed, unsaved cell carries a `*`.
extension ViewsScreen {
    public var presentation: ScreenPresentation {
        list.presentation(columns: columns, empty: "\(accountName) has no views") { row in
            switch row {
            case .settings:
                [ScreenCell("SETTINGS", .muted)] + views.map { _ in ScreenCell("", .muted) }
            case .group(let group):
                [ScreenCell(group.rawValue.uppercased(), .muted)] + views.map { _ in ScreenCell("", .muted) }
            case .setting(let setting):
                [ScreenCell(setting.rawValue)] + views.map { cell(setting, in: $0) }
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
            let name = view.id.rawValue + (drafts[view.id] == nil ? "" : "*")
            // Wide enough for the longest setting value ("private") too.
            return ScreenColumn(index == column ? "[\(name)]" : name, .fixed(max(view.id.rawValue.count + 3, 8)),
                                priority: views.count - abs(index - column))
        }
    }

    private func cell(_ flag: ViewFlag, in view: ViewDetails) -> ScreenCell {
        let has = spec(of: view).allowedActions.contains(flag)
        let changed = drafts[view.id] != nil && has != Self.savedFlags(of: view).contains(flag)
        return mark(has ? "✓" : "·", changed: changed, style: has ? .positive : .muted)
    }

    private func cell(_ setting: ViewSetting, in view: ViewDetails) -> ScreenCell {
        let text = setting.text(in: spec(of: view))
        let changed = text != setting.text(in: ViewSpec(copying: view))
        return mark(text, changed: changed, style: text == "·" || text == "none" ? .muted : .positive)
    }

    private func mark(_ text: String, changed: Bool, style: ScreenCell.Style) -> ScreenCell {
        changed ? ScreenCell(text + "*", .mark) : ScreenCell(text, style)
    }
}
