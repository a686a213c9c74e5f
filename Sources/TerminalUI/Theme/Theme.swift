/// A style for every role. Themes come from TOML files (`ThemeLoader`); a role a theme leaves out inherits from
/// the default theme. A theme whose `text` has a background paints the whole screen with it: every role without
/// a background of its own takes it, so a light theme reads the same on a dark terminal as on a light one.
public struct Theme: Sendable, Hashable {
    public var name: String
    private var styles: [Role: Style]

    public init(name: String, styles: [Role: Style], inheriting base: Theme? = nil) {
        self.name = name
        var merged = base?.styles ?? [:]
        merged.merge(styles) { _, new in new }
        if let paper = merged[.text]?.background, paper != .default {
            for (role, style) in merged where style.background == .default { merged[role]?.background = paper }
        }
        self.styles = merged
    }

    public subscript(role: Role) -> Style {
        styles[role] ?? Style()
    }

    /// The same theme with colours off, as `NO_COLOR` asks; bold and reverse stay.
    public var monochrome: Theme {
        Theme(name: name, styles: styles.mapValues(\.monochrome))
    }

    /// The default theme, built in so the browser works when no themes directory is installed. It matches
    /// `themes/default.toml` (a test checks that).
    public static let builtIn = Theme(name: "default", styles: [
        .text: Style(),
        .muted: Style(foreground: .indexed(8)),
        .paneBorder: Style(foreground: .indexed(8)),
        .focusedBorder: Style(foreground: .indexed(6), bold: true),
        .title: Style(bold: true),
        .header: Style(foreground: .indexed(15), background: .indexed(4), bold: true),
        .selection: Style(foreground: .indexed(0), background: .indexed(6)),
        .statusBar: Style(foreground: .indexed(15), background: .indexed(8)),
        .keyHint: Style(foreground: .indexed(11), background: .indexed(8), bold: true),
        .amountPositive: Style(foreground: .indexed(2)),
        .amountNegative: Style(foreground: .indexed(1)),
        .hiddenByView: Style(foreground: .indexed(8), italic: true),
        .aliasMarker: Style(foreground: .indexed(5), bold: true),
        .tag: Style(foreground: .indexed(3)),
        .comment: Style(foreground: .indexed(12)),
        .error: Style(foreground: .indexed(15), background: .indexed(1), bold: true),
        .chart: Style(foreground: .indexed(6)),
    ])
}
