import BankKit
import Foundation
import TOMLKit

/// Finds and parses theme files: `NAME.toml` in the user's `$XDG_CONFIG_HOME/bankterm/themes/` first, then in
/// the `themes/` directory of the checkout or install (next to the executable, or under the working directory).
public struct ThemeLoader: Sendable {
    public var searchDirectories: [URL]

    public init(searchDirectories: [URL]) {
        self.searchDirectories = searchDirectories
    }

    public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        case notFound(name: String, searched: [String])
        case invalid(file: String, reason: String)

        public var description: String {
            switch self {
            case .notFound(let name, let searched):
                return "no theme named \(name) (looked in \(searched.joined(separator: ", ")))"
            case .invalid(let file, let reason):
                return "theme \(file): \(reason)"
            }
        }
    }

    /// The standard search path for this process.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ""),
                                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        -> ThemeLoader {
        var directories = [AppPaths(environment: environment).themes]
        directories.append(workingDirectory.appendingPathComponent("themes"))
        // `.build/debug/bankterm` in a checkout, or `PREFIX/bin/bankterm` next to `PREFIX/share/bankterm/themes`.
        var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            directories.append(directory.appendingPathComponent("themes"))
            directories.append(directory.appendingPathComponent("share/bankterm/themes"))
            directory = directory.deletingLastPathComponent()
        }
        return ThemeLoader(searchDirectories: directories)
    }

    /// Loads the theme called `name`. `default` falls back to the built-in theme when no file exists.
    public func load(named name: String) throws -> Theme {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw LoadError.notFound(name: name, searched: [])
        }
        let base = try baseTheme()
        if let file = locate(name) {
            return try parse(contentsOf: file, name: name, base: base)
        }
        if name == "default" { return base }
        throw LoadError.notFound(name: name, searched: searchDirectories.map(\.path))
    }

    /// The names of every theme found, for `:theme` completion and error messages.
    public func availableNames() -> [String] {
        var names: Set<String> = ["default"]
        for directory in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(".toml".count)))
            }
        }
        return names.sorted()
    }

    private func baseTheme() throws -> Theme {
        guard let file = locate("default") else { return .builtIn }
        return try parse(contentsOf: file, name: "default", base: .builtIn)
    }

    private func locate(_ name: String) -> URL? {
        for directory in searchDirectories {
            let file = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.isReadableFile(atPath: file.path) { return file }
        }
        return nil
    }

    private func parse(contentsOf file: URL, name: String, base: Theme) throws -> Theme {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw LoadError.invalid(file: file.path, reason: "cannot read it")
        }
        do {
            return try ThemeLoader.parse(text, name: name, base: base)
        } catch let error as LoadError {
            if case .invalid(_, let reason) = error { throw LoadError.invalid(file: file.path, reason: reason) }
            throw error
        }
    }

    /// Parses theme TOML: a `[roles]` table whose keys are `Role` raw values, each an inline table with
    /// `fg`, `bg` (colour names, 0-255 or `#RRGGBB`) and boolean `bold`, `dim`, `italic`, `underline`, `reverse`.
    public static func parse(_ text: String, name: String, base: Theme = .builtIn) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw LoadError.invalid(file: name, reason: "not valid TOML (\(error))")
        }
        guard let roles = table["roles"]?.table else {
            throw LoadError.invalid(file: name, reason: "no [roles] table")
        }
        var styles: [Role: Style] = [:]
        for key in roles.keys {
            guard let role = Role(rawValue: key) else {
                throw LoadError.invalid(file: name, reason: "unknown role \(key)")
            }
            guard let spec = roles[key]?.table else {
                throw LoadError.invalid(file: name, reason: "role \(key) is not a table")
            }
            styles[role] = try style(from: spec, role: key, file: name)
        }
        return Theme(name: (table["name"]?.string) ?? name, styles: styles, inheriting: base)
    }

    private static func style(from spec: TOMLTable, role: String, file: String) throws -> Style {
        var style = Style()
        for key in spec.keys {
            let value = spec[key]
            switch key {
            case "fg", "bg":
                guard let color = color(from: value) else {
                    throw LoadError.invalid(file: file, reason: "role \(role): \(key) is not a colour")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "italic", "underline", "reverse":
                guard let flag = value?.bool else {
                    throw LoadError.invalid(file: file, reason: "role \(role): \(key) must be true or false")
                }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "italic": style.italic = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw LoadError.invalid(file: file, reason: "role \(role): unknown key \(key)")
            }
        }
        return style
    }

    private static func color(from value: TOMLValueConvertible?) -> Color? {
        if let index = value?.int { return Color(index: index) }
        if let text = value?.string { return Color(parsing: text) }
        return nil
    }
}
