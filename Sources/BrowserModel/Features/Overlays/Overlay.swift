/// What sits on top of the panes and takes the keys. At most one at a time.
/// Keys while one is open: printable characters -> `.insert`, editing keys -> `.edit`, Enter -> `.submit`,
/// Esc -> `.cancel`, arrows/PgUp/PgDn -> the move actions (pickers, help scroll). The help overlay takes text
/// only while its filter is being typed.
public enum Overlay: Sendable, Hashable {
    case prompt(Prompt)
    case viewPicker(ViewPicker)
    case removalPicker(RemovalPicker)
    case help(HelpOverlay)
    /// `q` with unsaved drafts or writes in flight: `y`/Enter/`q` quits, anything else cancels.
    case confirmQuit(unsaved: Int)
    /// A screen asks before a destructive change: `y`/Enter confirms, anything else cancels.
    case confirmScreen(ScreenQuestion)
    /// `!`: the last error whole, which the status bar may have cut; Esc or Enter closes it.
    case lastError(String)

    /// Whether printable keys are text for this overlay rather than commands.
    public var takesText: Bool {
        switch self {
        case .prompt, .confirmQuit, .confirmScreen: true
        case .help(let help): help.isFiltering
        case .viewPicker, .removalPicker, .lastError: false
        }
    }
}
