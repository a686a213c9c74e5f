import BankKit
import Foundation
import Sandbox
import Testing

/// The sandbox under load (issue 5, item 7): 50 clients add and delete tags and comments on the same few
/// transactions for a bounded time. Every acknowledged write must be there at the end, every acknowledged delete
/// gone, and the counts the server reports must match. `SANDBOX_LOAD_SECONDS` gives the long mode.
@Suite struct SandboxLoadTests {
    static let clients = 50
    /// Fifty clients on two loaded cores can wait longer than the 15 s stall limit for an answer: this test is about
    /// lost writes, so only the total timeout bounds its requests (StallTests covers the limit).
    static let transport = HTTPTransportConfiguration(lowSpeedLimit: 0)

    /// What one client knows it wrote: values it saw acknowledged and not deleted, per transaction.
    struct Ledger: Sendable {
        var tags: [TransactionID: Set<String>] = [:]
        var comments: [TransactionID: Set<String>] = [:]
        var writes = 0
        var deletes = 0
        var failures: [String] = []
    }

    @Test func fiftyClientsLoseNoWrite() async throws {
        let seconds = ProcessInfo.processInfo.environment["SANDBOX_LOAD_SECONDS"].flatMap(Double.init) ?? 3
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 50))
        defer { Task { await server.stop() } }
        let credentials = DirectLoginCredentials(username: DemoCredentials.username, password: DemoCredentials.password,
                                                 consumerKey: DemoCredentials.consumerKey)
        let reader = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, credentials: credentials,
                                                                 transport: SandboxLoadTests.transport))
        let bank = try #require(try await reader.banks().first)
        let account = try #require(try await reader.accounts(bank: bank.id).first).ref
        let targets = Array(try await reader.transactions(account, view: "owner", page: PageRequest(limit: 4)).items
            .map(\.id))
        try #require(targets.count == 4)

        let deadline = ContinuousClock.now + .seconds(seconds)
        let started = ContinuousClock.now
        let ledgers = await withTaskGroup(of: Ledger.self) { group in
            for client in 0..<SandboxLoadTests.clients {
                group.addTask {
                    await SandboxLoadTests.run(client: client, baseURL: server.baseURL, credentials: credentials,
                                               account: account, targets: targets, until: deadline)
                }
            }
            var all: [Ledger] = []
            for await ledger in group { all.append(ledger) }
            return all
        }
        let elapsed = (ContinuousClock.now - started) / .seconds(1)

        let failures = ledgers.flatMap(\.failures)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        for tx in targets {
            let seen = try await reader.transaction(account, view: "owner", id: tx).metadata
            let seenTags = (seen.tags ?? []).map(\.value).filter { $0.hasPrefix("load") }
            let seenComments = (seen.comments ?? []).map(\.value).filter { $0.hasPrefix("load") }
            let expectedTags = ledgers.reduce(into: Set<String>()) { $0.formUnion($1.tags[tx] ?? []) }
            let expectedComments = ledgers.reduce(into: Set<String>()) { $0.formUnion($1.comments[tx] ?? []) }
            #expect(Set(seenTags) == expectedTags, "tags of \(tx)")
            #expect(seenTags.count == expectedTags.count, "no tag stored twice on \(tx)")
            #expect(Set(seenComments) == expectedComments, "comments of \(tx)")
            #expect(seenComments.count == expectedComments.count, "no comment stored twice on \(tx)")
            let tagList = try await reader.tags(of: tx, in: account, view: "owner").filter { $0.value.hasPrefix("load") }
            #expect(tagList.count == expectedTags.count, "the tag list agrees with the transaction on \(tx)")
        }
        let writes = ledgers.map(\.writes).reduce(0, +)
        let deletes = ledgers.map(\.deletes).reduce(0, +)
        #expect(writes > SandboxLoadTests.clients, "every client got writes through")
        print("sandbox load: \(SandboxLoadTests.clients) clients, \(writes) writes + \(deletes) deletes in "
              + String(format: "%.1f s (%.0f writes/s)", elapsed, Double(writes + deletes) / elapsed))
    }

    /// One client: add a tag and a comment, delete every other one it added, until the deadline.
    static func run(client: Int, baseURL: String, credentials: DirectLoginCredentials, account: AccountRef,
                    targets: [TransactionID], until deadline: ContinuousClock.Instant) async -> Ledger {
        let api = OBPProvider(configuration: OBPConfiguration(baseURL: baseURL, credentials: credentials,
                                                              transport: transport, retryDelay: 0.01))
        var ledger = Ledger()
        var step = 0
        var added: [(tx: TransactionID, tag: BankKit.Tag, comment: BankKit.Comment)] = []
        while ContinuousClock.now < deadline {
            let tx = targets[(client + step) % targets.count]
            let value = "load\(client)x\(step)"
            step += 1
            do {
                let tag = try await api.addTag(value, to: tx, in: account, view: "owner")
                ledger.tags[tx, default: []].insert(value)
                ledger.writes += 1
                let comment = try await api.addComment(value + " comment", to: tx, in: account, view: "owner")
                ledger.comments[tx, default: []].insert(value + " comment")
                ledger.writes += 1
                added.append((tx, tag, comment))
                if step % 2 == 0, let old = added.first {
                    added.removeFirst()
                    try await api.deleteTag(old.tag.id, from: old.tx, in: account, view: "owner")
                    ledger.tags[old.tx]?.remove(old.tag.value)
                    try await api.deleteComment(old.comment.id, from: old.tx, in: account, view: "owner")
                    ledger.comments[old.tx]?.remove(old.comment.value)
                    ledger.deletes += 2
                }
            } catch {
                ledger.failures.append("client \(client): \(error)")
                return ledger
            }
        }
        return ledger
    }
}
