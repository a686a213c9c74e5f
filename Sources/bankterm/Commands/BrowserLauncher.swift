import ArgumentParser
import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// Opens the terminal browser on a provider: theme, drafts file, store and event loop. Shared by `ui` and `demo`.
enum BrowserLauncher {
    static func run(provider: any BankProvider, profileName: String, themeName: String?, headerWarning: String? = nil,
                    exitWhenLoaded: Bool = false, startedAt: ContinuousClock.Instant = .now) throws -> App.Timings {
        let environment = ProcessInfo.processInfo.environment
        let loader = ThemeLoader.standard(environment: environment)
        let theme: Theme
        do {
            theme = try loader.load(named: themeName ?? "default")
        } catch {
            TerminalIO.writeError("error: \(error) (themes: \(loader.availableNames().joined(separator: ", ")))")
            throw ExitCode.failure
        }
        do {
            // A config.toml that does not parse is reported by the commands that need a profile; the demo, which
            // needs none, still starts.
            let config = try? ConfigFile.load(from: ConfigFile.defaultURL(environment: environment))
            let app = try App(options: App.Options(theme: theme, themeLoader: loader, exitWhenLoaded: exitWhenLoaded,
                                                   environment: environment, startedAt: startedAt,
                                                   mouse: config?.mouse ?? true))
            var state = AppState(profileName: profileName, provider: provider, themeName: theme.name)
            state.headerWarning = headerWarning
            let store = Store(state: state, provider: provider,
                              draftStore: DraftStore(url: DraftStore.defaultURL(environment: environment)),
                              wake: app.wake)
            return try app.run(store: store)
        } catch let error as TerminalError {
            TerminalIO.writeError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
