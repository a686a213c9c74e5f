import ArgumentParser
import BankKit
import Foundation
import Sandbox
import TerminalUI

/// `bankterm demo`: the sandbox in this process on 127.0.0.1 (any free port) with demo data kept in
/// `$XDG_DATA_HOME/bankterm/demo.sqlite`, logged in as the demo user, and the browser on it. Works offline.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Start the embedded sandbox and open the browser on it, logged in as a demo user.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Transactions to generate the first time the demo data is made.")
    var generate = 2000

    @Flag(name: .customLong("bench-startup"),
          help: "Quit as soon as the banks are on screen and print the startup times (ms) on stderr.")
    var benchStartup = false

    func run() async throws {
        let startedAt = ContinuousClock.now
        do {
            try App.requireTerminal()
        } catch {
            TerminalIO.writeError("error: \(error)")
            throw ExitCode.failure
        }
        let environment = ProcessInfo.processInfo.environment
        let directory = DemoCommand.dataDirectory(environment: environment)
        let server: SandboxServer
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            server = try await SandboxServer.start(SandboxConfiguration(
                databasePath: directory.appendingPathComponent("demo.sqlite").path, generate: generate))
        } catch {
            TerminalIO.writeError("error: cannot start the demo sandbox in \(directory.path): \(error)")
            throw ExitCode.failure
        }
        do {
            try await CommandRunner.reportingErrors {
                let provider = try await DemoCommand.provider(global, server: server, environment: environment)
                let timings = try BrowserLauncher.run(provider: provider, profileName: "demo",
                                                      themeName: global.theme, exitWhenLoaded: benchStartup,
                                                      startedAt: startedAt)
                if benchStartup {
                    TerminalIO.writeError("startup: first paint \(DemoCommand.milliseconds(timings.firstPaint)) ms, "
                                          + "banks shown \(DemoCommand.milliseconds(timings.firstContent)) ms")
                }
            }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static func dataDirectory(environment: [String: String]) -> URL {
        AppPaths(environment: environment).data
    }

    static func milliseconds(_ duration: Duration?) -> String {
        guard let duration else { return "n/a" }
        let (seconds, attoseconds) = duration.components
        return String(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
