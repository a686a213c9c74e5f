import ArgumentParser
import BankKit
import Dispatch
import Foundation
import Sandbox

/// `bankterm sandbox`: the OBP-compatible sandbox server in the foreground, until SIGINT or SIGTERM.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run bankterm's OBP-compatible sandbox server in the foreground.",
        discussion: """
            Prints `listening on http://HOST:PORT` once it accepts connections. The consumer key clients must send \
            is --consumer-key (default \(DemoCredentials.consumerKey)). Generated demo data logs in as \
            \(DemoCredentials.username) / \(DemoCredentials.password). The OP API (/v1/accounts...) serves the four \
            OP sandbox customers to clients sending --op-api-key as x-api-key.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks any free port.")
    var port = 8080

    @Option(name: .customLong("data"), help: "The SQLite file to keep the data in (default: in memory).")
    var dataFile: String?

    @Option(name: .customLong("import"), help: "A file in OBP's sandbox import format to load.")
    var importFile: String?

    @Option(help: "Generate demo data with this many transactions (skipped if the data file already has it).")
    var generate: Int?

    @Option(name: .customLong("rate-limit"), help: "Requests allowed per minute; beyond that, 429 with OBP-10018.")
    var rateLimit: Int?

    @Option(name: .customLong("op-api-key"),
            help: "The x-api-key the OP endpoints (/v1/...) accept (default \(OPSandbox.demoAPIKey)).")
    var opAPIKey = OPSandbox.demoAPIKey

    @Option(name: .customLong("challenge-threshold"), parsing: .upToNextOption,
            help: "AMOUNT CURRENCY: payments above it wait for a challenge (default 1000 EUR).")
    var challengeThreshold: [String] = []

    func validate() throws {
        if !challengeThreshold.isEmpty {
            guard challengeThreshold.count == 2,
                  case .success(let currency) = PaymentValidation.currency(challengeThreshold[1]),
                  MinorAmount.parse(challengeThreshold[0], digits: CurrencyPrecision.digits(currency)).map({ $0 >= 0 }) == true
            else { throw ValidationError("--challenge-threshold wants an amount and a currency, e.g. 1000 EUR") }
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let generate, generate < 0 { throw ValidationError("--generate must not be negative") }
        if let rateLimit, rateLimit < 1 { throw ValidationError("--rate-limit must be at least 1") }
    }

    func run() async throws {
        let configuration = SandboxConfiguration(
            host: host, port: port, databasePath: dataFile, importFile: importFile, generate: generate,
            consumerKey: global.consumerKey ?? DemoCredentials.consumerKey, rateLimitPerMinute: rateLimit,
            opAPIKey: opAPIKey, challenges: challengeThreshold.count == 2
                ? ChallengePolicy(thresholdAmount: challengeThreshold[0], thresholdCurrency: challengeThreshold[1].uppercased())
                : ChallengePolicy())
        let stops = Self.stopSignals()
        let server: SandboxServer
        do {
            if let dataFile {
                let directory = URL(fileURLWithPath: dataFile).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            server = try await SandboxServer.start(configuration)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        Self.reportLoad(server.loadReport)
        // Written unbuffered: scripts wait for this line to know the server accepts connections.
        FileHandle.standardOutput.write(Data("listening on \(server.baseURL)\n".utf8))
        for await _ in stops.signals { break }
        await server.stop()
        withExtendedLifetime(stops.sources) {}
    }

    private static func reportLoad(_ report: SandboxLoadReport) {
        var lines = [String]()
        if report.importedBanks > 0 {
            lines.append("imported \(report.importedBanks) banks, \(report.importedUsers) users, "
                         + "\(report.importedAccounts) accounts, \(report.importedTransactions) transactions "
                         + "in \(String(format: "%.2f", report.importSeconds)) s")
        }
        if report.generatedTransactions > 0 {
            lines.append("generated \(report.generatedTransactions) demo transactions in "
                         + "\(String(format: "%.2f", report.generateSeconds)) s")
        }
        for line in lines { FileHandle.standardError.write(Data("\(line)\n".utf8)) }
    }

    /// SIGINT and SIGTERM as an async stream, so the server can be stopped cleanly instead of the process dying.
    private static func stopSignals() -> (signals: AsyncStream<Int32>, sources: [any DispatchSourceSignal]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        return (stream, sources)
    }
}
