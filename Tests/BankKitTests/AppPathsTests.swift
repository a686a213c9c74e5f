import BankKit
import Foundation
import Testing

/// One rule for every file bankterm keeps: tokens and drafts once disagreed about a relative XDG_STATE_HOME.
struct AppPathsTests {
    @Test func absoluteVariablesWin() {
        let paths = AppPaths(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "/c", "XDG_STATE_HOME": "/s",
                                           "XDG_DATA_HOME": "/d"])
        #expect(paths.configFile.path == "/c/bankterm/config.toml")
        #expect(paths.themes.path == "/c/bankterm/themes")
        #expect(paths.drafts.path == "/s/bankterm/drafts.json")
        #expect(paths.data.path == "/d/bankterm")
    }

    @Test(arguments: ["", "relative/state", "./s"])
    func emptyOrRelativeVariablesAreIgnoredAsTheSpecSays(value: String) {
        let paths = AppPaths(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": value, "XDG_STATE_HOME": value,
                                           "XDG_DATA_HOME": value])
        #expect(paths.config.path == "/home/u/.config/bankterm")
        #expect(paths.state.path == "/home/u/.local/state/bankterm")
        #expect(paths.data.path == "/home/u/.local/share/bankterm")
    }

    @Test func tokensAndDraftsShareOneDirectory() {
        for environment in [["HOME": "/home/u"], ["HOME": "/home/u", "XDG_STATE_HOME": "state"],
                            ["HOME": "/home/u", "XDG_STATE_HOME": "/var/s"]] {
            let tokens = TokenStore(directory: TokenStore.defaultDirectory(environment: environment), profile: "p")
            let drafts = AppPaths(environment: environment).drafts
            #expect(tokens.fileURL.deletingLastPathComponent().path == drafts.deletingLastPathComponent().path)
            #expect(tokens.fileURL.path.hasPrefix(AppPaths(environment: environment).state.path + "/"))
        }
    }
}
