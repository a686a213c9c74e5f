/// The top line: the breadcrumb (profile / bank / account / view) and, on the right, the logged-in user.
public struct HeaderBar {
    public var breadcrumb: [String]
    public var user: String?
    /// A warning that must stay visible, e.g. TLS verification switched off for this profile.
    public var warning: String?

    public init(breadcrumb: [String], user: String?, warning: String? = nil) {
        self.breadcrumb = breadcrumb
        self.user = user
        self.warning = warning
    }

    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        guard !rect.isEmpty else { return }
        let style = theme[.header]
        screen.fill(row: rect.top, col: rect.left, count: rect.width, style: style)
        var right = user.map { " \($0) " } ?? ""
        if let warning { right = " ⚠ \(warning) " + right }
        let rightWidth = min(DisplayWidth.columns(right), rect.width / 2)
        let left = " " + breadcrumb.joined(separator: " / ")
        screen.put(DisplayWidth.fit(left, to: rect.width - rightWidth), row: rect.top, col: rect.left, style: style)
        if rightWidth > 0 {
            screen.put(DisplayWidth.fit(right, to: rightWidth, alignment: .right), row: rect.top,
                       col: rect.right - rightWidth, style: warning == nil ? style : theme[.error])
        }
    }
}
