import BrowserModel

/// The top line: the breadcrumb (profile / bank / account / view) and, on the right, the logged-in user.
public struct HeaderBar: Widget {
    public var breadcrumb: [SafeText]
    public var user: SafeText?
    /// A warning that must stay visible, e.g. TLS verification switched off for this profile.
    public var warning: SafeText?

    public init(breadcrumb: [SafeText], user: SafeText?, warning: SafeText? = nil) {
        self.breadcrumb = breadcrumb
        self.user = user
        self.warning = warning
    }

    public func draw(on canvas: Canvas, theme: Theme) {
        guard !canvas.isEmpty else { return }
        let style = theme[.header]
        canvas.fill(row: 0, style: style)
        var right: SafeText = user.map { " \($0) " } ?? ""
        if let warning { right = " ⚠ \(warning) " + right }
        let rightWidth = min(right.columns, canvas.width / 2)
        let left = " " + SafeText.joined(breadcrumb, separator: " / ")
        canvas.put(left.fit(to: canvas.width - rightWidth), row: 0, style: style)
        if rightWidth > 0 {
            canvas.put(right.fit(to: rightWidth, alignment: .right), row: 0, col: canvas.width - rightWidth,
                       style: warning == nil ? style : theme[.error])
        }
    }
}
