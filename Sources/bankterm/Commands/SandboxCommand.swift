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
            OP sandbox customers to clients sending --op-api-key as x-api-key. OP Online Payment \
            (/paymentbutton/v1/...) verifies signatures with bankterm's TEST-ONLY key as key version 0, and with \
            the public key of --op-merchant-key FILE as --op-merchant-key-version (default 1).
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

    @Option(name: .customLong("op-merchant-key"),
            help: "A merchant's RSA public key (PEM) that OP Online Payment requests may be signed for.")
    var opMerchantKey: String?

    @Option(name: .customLong("op-merchant-key-version"), help: "The key version --op-merchant-key is registered as.")
    var opMerchantKeyVersion = 1

    @Option(name: .customLong("write-op-test-key"),
            help: "Write the sandbox's TEST-ONLY merchant private key to FILE (mode 0600) for an OP merchant profile.")
    var writeOPTestKey: String?

    @Option(name: .customLong("resource-docs"),
            help: "OBP's resource docs (JSON, as an OBP server serves them): their example bodies go in the sandbox's docs.")
    var resourceDocs: String?

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
        guard OPPaymentAPI.keyVersions.contains(opMerchantKeyVersion),
              opMerchantKeyVersion != OPTestMerchant.keyVersion || opMerchantKey == nil else {
            throw ValidationError("--op-merchant-key-version must be 1 to 9999 (0 is the sandbox's test key)")
        }
    }

    func run() async throws {
        var configuration = SandboxConfiguration(
            host: host, port: port, databasePath: dataFile, importFile: importFile, generate: generate,
            consumerKey: global.consumerKey ?? DemoCredentials.consumerKey, rateLimitPerMinute: rateLimit,
            opAPIKey: opAPIKey, challenges: challengeThreshold.count == 2
                ? ChallengePolicy(thresholdAmount: challengeThreshold[0], thresholdCurrency: challengeThreshold[1].uppercased())
                : ChallengePolicy())
        configuration.resourceDocsFile = resourceDocs
        if let opMerchantKey {
            guard let pem = FileManager.default.contents(atPath: opMerchantKey),
                  String(decoding: pem, as: UTF8.self).contains("-----BEGIN PUBLIC KEY-----") else {
                FileHandle.standardError.write(Data(("error: --op-merchant-key \(opMerchantKey) must be a PEM public "
                                                     + "key (openssl pkey -in KEY -pubout)\n").utf8))
                throw ExitCode.failure
            }
            configuration.opMerchantKeys[opMerchantKeyVersion] = String(decoding: pem, as: UTF8.self)
        }
        let stops = Self.stopSignals()
        let server: SandboxServer
        do {
            if let dataFile {
                let directory = URL(fileURLWithPath: dataFile).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            server = try await SandboxServer.start(configuration)
        } catch {
            // NIO's bind error reads `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`.
            let text = "\(error)".contains("Address already in use")
                ? "\(host):\(port) is already in use (--port 0 picks a free port)" : "\(error)"
            FileHandle.standardError.write(Data("error: \(text)\n".utf8))
            throw ExitCode.failure
        }
        Self.reportLoad(server.loadReport)
        if let writeOPTestKey {
            do {
                try OPMerchantKey.write(pem: OPTestMerchant.privateKeyPEM, to: writeOPTestKey)
            } catch {
                let message = error.userMessage
                FileHandle.standardError.write(Data("error: \(message)\n".utf8))
                await server.stop()
                throw ExitCode.failure
            }
            FileHandle.standardError.write(Data(Self.testMerchantProfile(keyFile: writeOPTestKey,
                                                                          baseURL: server.baseURL,
                                                                          apiKey: opAPIKey).utf8))
        }
        // Written unbuffered: scripts wait for this line to know the server accepts connections.
        FileHandle.standardOutput.write(Data("listening on \(server.baseURL)\n".utf8))
        for await _ in stops.signals { break }
        await server.stop()
        withExtendedLifetime(stops.sources) {}
    }

    /// A config.toml profile for the sandbox's test merchant, printed once its TEST-ONLY key is written.
    static func testMerchantProfile(keyFile: String, baseURL: String, apiKey: String) -> String {
        """
        wrote the TEST-ONLY OP merchant key to \(keyFile) (mode 0600); a profile for it:
        [profiles.op-sandbox-shop]
        provider = "op"
        base_url = "\(baseURL)"
        api_key = "\(apiKey)"
        merchant_id = "\(OPTestMerchant.merchantID)"
        account_id = "\(OPTestMerchant.accountID)"
        private_key_file = "\(keyFile)"
        key_version = \(OPTestMerchant.keyVersion)

        """
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
