import ArgumentParser
import BankKit
import TerminalUI

/// `bankterm ui` (and `bankterm` alone): the terminal browser for the resolved profile.
struct UICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the terminal browser.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        do {
            try App.requireTerminal()
        } catch {
            TerminalIO.writeError("error: \(error)")
            throw ExitCode.failure
        }
        try await CommandRunner.run(global, interactive: true) { profile, provider in
            _ = try BrowserLauncher.run(provider: provider, profileName: profile.name, themeName: profile.theme,
                                        headerWarning: profile.headerWarning)
        }
    }
}
