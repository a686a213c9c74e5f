import Foundation
import Testing
@testable import TerminalUI

struct ThemeTests {
    static let repoThemes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test func theShippedDefaultMatchesTheBuiltInOne() throws {
        let loader = ThemeLoader(searchDirectories: [ThemeTests.repoThemes])
        let theme = try loader.load(named: "default")
        for role in Role.allCases { #expect(theme[role] == Theme.builtIn[role], "\(role)") }
    }

    @Test(arguments: ["default", "light", "high-contrast", "nord"])
    func shippedThemesLoadAndDefineEveryRole(_ name: String) throws {
        let text = try String(contentsOf: ThemeTests.repoThemes.appendingPathComponent("\(name).toml"), encoding: .utf8)
        _ = try ThemeLoader.parse(text, name: name)
        for role in Role.allCases { #expect(text.contains("\n\(role.rawValue) ="), "\(name) lacks \(role)") }
    }

    @Test func aMissingRoleInheritsFromDefault() throws {
        let theme = try ThemeLoader.parse("[roles]\nselection = { fg = \"#112233\", bg = 200, bold = true }", name: "t")
        #expect(theme[.selection] == Style(foreground: .rgb(0x11, 0x22, 0x33), background: .indexed(200), bold: true))
        #expect(theme[.error] == Theme.builtIn[.error])
    }

    /// The light theme on a dark terminal: a background given to `text` is every role's that names none, so no
    /// cell is left on the terminal's own (dark) background under the theme's dark text.
    @Test func aTextBackgroundIsEveryRolesThatHasNone() throws {
        let theme = try ThemeLoader.parse("""
            [roles]
            text = { fg = 235, bg = 231 }
            muted = { fg = 244 }
            selection = { fg = 235, bg = 153 }
            """, name: "t")
        #expect(theme[.muted] == Style(foreground: .indexed(244), background: .indexed(231)))
        #expect(theme[.selection].background == .indexed(153))
        #expect(theme[.tag].background == .indexed(231) && theme[.tag].foreground == Theme.builtIn[.tag].foreground)
        #expect(Theme.builtIn[.muted].background == .default)
        let light = try ThemeLoader(searchDirectories: [ThemeTests.repoThemes]).load(named: "light")
        #expect(Role.allCases.allSatisfy { light[$0].background != .default })
    }

    @Test func mistakesAreNamed() {
        #expect(throws: ThemeLoader.LoadError.self) { try ThemeLoader.parse("[roles]\nselektion = {}", name: "t") }
        #expect(throws: ThemeLoader.LoadError.self) { try ThemeLoader.parse("[roles]\ntag = { fg = \"mauve\" }", name: "t") }
        #expect(throws: ThemeLoader.LoadError.self) { try ThemeLoader.parse("[roles]\ntag = { fg = 300 }", name: "t") }
        #expect(throws: ThemeLoader.LoadError.self) { try ThemeLoader.parse("not toml [", name: "t") }
    }

    @Test func userThemesComeFirstAndUnknownNamesFail() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bt-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "[roles]\ntag = { fg = \"bright-green\" }".write(to: directory.appendingPathComponent("nord.toml"),
                                                          atomically: true, encoding: .utf8)
        let loader = ThemeLoader(searchDirectories: [directory, ThemeTests.repoThemes])
        #expect(try loader.load(named: "nord")[.tag].foreground == .indexed(10))
        #expect(throws: ThemeLoader.LoadError.self) { try loader.load(named: "nope") }
        #expect(throws: ThemeLoader.LoadError.self) { try loader.load(named: "../etc/passwd") }
        #expect(loader.availableNames().contains("light"))
    }

    @Test func colourNamesParse() {
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "bright-blue") == .indexed(12))
        #expect(Color(parsing: "brightblue") == .indexed(12))
        #expect(Color(parsing: "grey") == .indexed(8))
        #expect(Color(parsing: "#FF8000") == .rgb(255, 128, 0))
        #expect(Color(parsing: "255") == .indexed(255))
        #expect(Color(parsing: "#12345") == nil)
    }

    @Test func coloursMapDownToWhatTheTerminalHas() {
        let orange = Color.rgb(255, 135, 0)
        #expect(ColorDepth.palette256.index(for: orange) == 208)
        #expect(ColorDepth.sixteen.index(for: orange).map { $0 < 16 } == true)
        #expect(ColorDepth.eight.index(for: .indexed(12)) == 4)
        #expect(ColorDepth.eight.index(for: orange).map { $0 < 8 } == true)
        #expect(ColorDepth.none.index(for: orange) == nil)
        #expect(ColorDepth.palette256.index(for: .default) == -1)
        #expect(ColorDepth(colors: 256, noColor: true) == .none)
        #expect(ColorDepth.palette256.index(for: .rgb(128, 128, 128)) == 244)
    }

    @Test func noColorKeepsBoldAndReverseAndStillMarksTheSelection() {
        let mono = Theme.builtIn.monochrome
        #expect(mono[.selection].reverse)
        #expect(mono[.selection].foreground == .default && mono[.selection].background == .default)
        #expect(mono[.focusedBorder].bold)
        #expect(!mono[.amountNegative].reverse)
    }
}
