import Foundation
import Sandbox
import Testing

/// `bankterm api` run as a process against the sandbox: the profile's server, version and login applied, GET,
/// POST with --field, --paginate joining pages, --jq, and an HTTP error's exit status and stderr line.
@Suite("bankterm api", .serialized)
struct APICommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("bankterm"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/bankterm"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    /// Runs `bankterm --base-url URL --username demo --consumer-key K api ARGS`, the password in the environment.
    /// The wait runs on a GCD thread: blocking one of Swift's few cooperative threads would starve the in-process
    /// sandbox that the command is talking to.
    func api(_ server: SandboxServer, _ arguments: [String],
             as user: (String, String) = (DemoCredentials.username, DemoCredentials.password)) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(server, arguments, username: user.0, password: user.1) })
            }
        }
    }

    private func runBlocking(_ server: SandboxServer, _ arguments: [String], username: String = DemoCredentials.username,
                             password: String = DemoCredentials.password) throws -> Run {
        let binary = try #require(Self.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-api-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--base-url", server.baseURL, "--username", username,
                             "--consumer-key", DemoCredentials.consumerKey, "api"] + arguments
        process.environment = ["BANKTERM_PASSWORD": password, "HOME": home.path,
                               "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                               "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                               "XDG_DATA_HOME": home.appendingPathComponent("data").path]
        // Files rather than pipes: the output is read once the process is gone, with no reads to be interrupted.
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let (out, err) = (home.appendingPathComponent("stdout"), home.appendingPathComponent("stderr"))
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }

    func withSandbox(_ body: (SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 300))
        do {
            try await body(server)
            await server.stop()
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test("GET prints the response as received into a pipe, and --jq selects from it")
    func get() async throws {
        try await withSandbox { server in
            let banks = try await api(server, ["/banks"])
            #expect(banks.status == 0, "\(banks.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(banks.stdout.utf8)) as? [String: Any]
            let ids = (object?["banks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(ids.contains("bankterm.fi"))
            let selected = try await api(server, ["/banks", "--jq", ".banks[].id"])
            #expect(selected.stdout.split(separator: "\n").map(String.init) == ids)
            let count = try await api(server, ["GET", "/obp/v3.1.0/banks", "--jq", ".banks | length"])
            #expect(count.stdout == "\(ids.count)\n")
        }
    }

    @Test("POST with --field sends a JSON body under the profile's version")
    func postWithFields() async throws {
        try await withSandbox { server in
            let accounts = try await api(server, ["/my/accounts", "--jq", ".accounts[0].id"])
            let bank = try await api(server, ["/my/accounts", "--jq", ".accounts[0].bank_id"]).stdout
                .trimmingCharacters(in: .newlines)
            let account = accounts.stdout.trimmingCharacters(in: .newlines)
            let transaction = try await api(server, ["GET", "/banks/\(bank)/accounts/\(account)/owner/transactions", "--field", "limit=1",
                                               "--jq", ".transactions[0].id"]).stdout.trimmingCharacters(in: .newlines)
            #expect(!transaction.isEmpty)
            let path = "/banks/\(bank)/accounts/\(account)/owner/transactions/\(transaction)/metadata/tags"
            let added = try await api(server, ["POST", path, "--field", "value=from-api", "--jq", ".value"])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "from-api\n")
            let tags = try await api(server, [path, "--jq", ".tags[].value"])
            #expect(tags.stdout.contains("from-api"))
        }
    }

    @Test("--paginate walks offset and limit until a short page and joins the lists")
    func paginate() async throws {
        try await withSandbox { server in
            let account = try await api(server, ["/my/accounts", "--jq", ".accounts[0].id"]).stdout.trimmingCharacters(in: .newlines)
            let bank = try await api(server, ["/my/accounts", "--jq", ".accounts[0].bank_id"]).stdout.trimmingCharacters(in: .newlines)
            let path = "/banks/\(bank)/accounts/\(account)/owner/transactions"
            let all = try await api(server, [path, "--paginate", "--field", "limit=7", "--jq", ".transactions[].id"])
            #expect(all.status == 0, "\(all.stderr)")
            let ids = all.stdout.split(separator: "\n")
            #expect(ids.count > 7, "more than one page")
            #expect(Set(ids).count == ids.count, "no page repeated")
            let oneBigPage = try await api(server, ["GET", path, "--field", "limit=10000", "--jq", ".transactions | length"])
            #expect(oneBigPage.stdout == "\(ids.count)\n")
        }
    }

    @Test("an absolute /obp/ path outside the version prefix reaches a dynamic entity's generated endpoints")
    func dynamicEntity() async throws {
        try await withSandbox { server in
            let admin = (DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let definition = FileManager.default.temporaryDirectory.appendingPathComponent("pet-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: definition) }
            try Data(#"{"Pet": {"required": ["name"], "properties": {"name": {"type": "string", "example": "Rex"}, "age": {"type": "integer", "example": 3}}}}"#.utf8)
                .write(to: definition)
            let entity = try await api(server, ["POST", "/obp/v4.0.0/management/banks/bankterm.fi/dynamic-entities",
                                                "--input", definition.path, "--jq", ".dynamicEntityId"], as: admin)
            #expect(entity.status == 0 && !entity.stdout.isEmpty, "\(entity.stderr)")
            let pets = "/obp/dynamic-entity/banks/bankterm.fi/Pet"
            let created = try await api(server, ["POST", pets, "--field", "name=Milo", "--field", "age=4", "--jq", ".pet.pet_id"], as: admin)
            #expect(created.status == 0 && !created.stdout.isEmpty, "\(created.stderr)")
            let listed = try await api(server, [pets, "--jq", ".pet_list[].name"], as: admin)
            #expect(listed.stdout == "Milo\n", "\(listed.stderr)")
            let refused = try await api(server, ["POST", pets, "--field", "age=old"], as: admin)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("OBP-09007"), "\(refused.stderr)")
        }
    }

    @Test("an HTTP error exits 1 with the OBP message on stderr")
    func httpError() async throws {
        try await withSandbox { server in
            let missing = try await api(server, ["/banks/no-such-bank"])
            #expect(missing.status == 1)
            #expect(missing.stderr.hasPrefix("error: OBP-30001: Bank not found."), "\(missing.stderr)")
            #expect(missing.stderr.split(separator: "\n").count == 1)
            let me = try await api(server, ["/users/current", "--jq", ".user_id"]).stdout.trimmingCharacters(in: .newlines)
            let refused = try await api(server, ["POST", "/users/\(me)/entitlements", "--field", "bank_id=",
                                           "--raw-field", "role_name=CanGetAnyUser"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("OBP-20006: User is missing one or more roles: "), "\(refused.stderr)")
            let badUsage = try await api(server, ["FETCH", "/banks"])
            #expect(badUsage.status != 0)
            #expect(badUsage.stderr.contains("unknown method"))
        }
    }
}
