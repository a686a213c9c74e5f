import Foundation

/// Where bankterm keeps its files, by one rule for all of them (the XDG Base Directory spec): a variable set to an
/// absolute path wins; an empty or relative one is ignored, as the spec says to; otherwise the default under
/// `$HOME`. Config and themes go under config, tokens and drafts under state, the demo and local data under data.
public struct AppPaths: Sendable, Hashable {
    /// `$XDG_CONFIG_HOME/bankterm` or `~/.config/bankterm`.
    public var config: URL
    /// `$XDG_STATE_HOME/bankterm` or `~/.local/state/bankterm`.
    public var state: URL
    /// `$XDG_DATA_HOME/bankterm` or `~/.local/share/bankterm`.
    public var data: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> URL {
            let chosen = environment[variable].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
                ?? URL(fileURLWithPath: home).appendingPathComponent(fallback)
            return chosen.appendingPathComponent("bankterm")
        }
        config = base("XDG_CONFIG_HOME", ".config")
        state = base("XDG_STATE_HOME", ".local/state")
        data = base("XDG_DATA_HOME", ".local/share")
    }

    public var configFile: URL { config.appendingPathComponent("config.toml") }
    public var themes: URL { config.appendingPathComponent("themes") }
    public var drafts: URL { state.appendingPathComponent("drafts.json") }
}
