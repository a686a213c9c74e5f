import BankKit
import Foundation
import Sandbox
import Testing

/// The real `bankterm` binary under tmux against the sandbox, driven from the keyboard: bank -> account ->
/// transaction (a bank chosen with the mouse), views, a tag, a comment and an image added and deleted (checked over HTTP), filter, resize, quit.
@Suite(.serialized)
struct EndToEndTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `bankterm` next to the test bundle (`.build/<config>/`), else in the checkout's debug build.
    static var binary: URL? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("bankterm"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(repoRoot.appendingPathComponent(".build/debug/bankterm"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the end-to-end browser test"))
    func browseAnnotateFilterResizeAndQuit() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 300))
        defer { Task { await server.stop() } }

        // The password reaches bankterm through the environment of a private script, never through argv.
        let script = home.appendingPathComponent("run.sh")
        try """
        #!/bin/sh
        export XDG_CONFIG_HOME='\(home.path)/config' XDG_STATE_HOME='\(home.path)/state' XDG_DATA_HOME='\(home.path)/data'
        export BANKTERM_PASSWORD='\(DemoCredentials.password)' TERM=xterm-256color
        unset NO_COLOR
        '\(binary.path)' --base-url '\(server.baseURL)' --username '\(DemoCredentials.username)' \\
            --consumer-key '\(DemoCredentials.consumerKey)' ui
        rc=$?
        printf 'EXITED rc=%s tty=%s\\n' "$rc" "$(stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' ')"
        sleep 600
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)

        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        // The mouse, as xterm reports it (SGR): a click selects the bank under it, and Enter opens it. Then a click
        // back on the first bank, whose accounts the rest of the session uses.
        var banks = try await tmux.waitFor(text: "Musterbank", timeout: 60).components(separatedBy: "\n")
        let secondBank = try #require(banks.firstIndex { $0.contains("Pohjoinen") })
        try tmux.send(EndToEndTests.click(row: secondBank, col: 3), literal: true)
        try tmux.send("Enter")
        banks = try await tmux.waitFor(text: "/ Pohjoinen").components(separatedBy: "\n")
        let firstBank = try #require(banks.firstIndex { $0.contains("│Musterbank") })
        try tmux.send(EndToEndTests.click(row: firstBank, col: 3), literal: true)

        // Banks, then the first bank's accounts, then the first account's transactions.
        try tmux.send("Enter")
        try await tmux.waitFor(text: "/ Musterbank")
        try await tmux.waitFor("accounts listed") { $0.contains("Accounts (") && !$0.contains("Accounts (0)") }
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Transactions · owner (50+)")
        try await tmux.waitFor(text: "Balance over time")
        try tmux.send("Enter")
        var screen = try await tmux.waitFor(text: "Balance after")
        let requestsAfterOpening = try #require(EndToEndTests.requestCount(on: screen))

        // What the UI opened, read over HTTP: the first transaction of the first account of the first bank.
        let check = EndToEndTests.demoClient(of: server)
        let bank = try #require(try await check.banks().first { $0.shortName == "Musterbank" })
        let account = try #require(try await check.accounts(bank: bank.id).first)
        let first = try #require(try await check.transactions(account.ref, view: "owner", page: PageRequest()).items.first)
        let target = Target(account: account.ref, id: first.id)
        #expect(EndToEndTests.detail(on: screen, shows: "Description", String((first.description ?? "").prefix(12))))

        // The view picker lists the views; :view switches to the accountant's and back to the owner's.
        try tmux.send("v")
        try await tmux.waitFor(text: "Enter: switch")
        try tmux.send("Escape")
        try await tmux.waitFor("picker closed") { !$0.contains("Enter: switch") }
        try tmux.send(":")
        try tmux.send("view accountant", literal: true)
        try tmux.send("Enter")
        screen = try await tmux.waitFor(text: "Transactions · accountant (50+)")
        let requestsThroughAccountant = try #require(EndToEndTests.requestCount(on: screen))
        try tmux.send(":")
        try tmux.send("view owner", literal: true)
        try tmux.send("Enter")
        screen = try await tmux.waitFor(text: "Transactions · owner (50+)")
        let requestsAfterViews = try #require(EndToEndTests.requestCount(on: screen))
        #expect(requestsAfterViews == requestsThroughAccountant, "the owner's first page comes from the cache")

        // A tag and a comment typed into prompts, seen through the HTTP API.
        try tmux.send("Enter")
        screen = try await tmux.waitFor(text: "Balance after")
        #expect(EndToEndTests.detail(on: screen, shows: "Description", String((first.description ?? "").prefix(12))),
                "the same transaction is open after the view round trip")
        // A tag, a comment and an image: each typed into its prompt, seen over HTTP, then removed through its
        // picker (moving to its row) and gone over HTTP.
        let trips = [
            AnnotationTrip(add: "t", prompt: "Tag:", typed: "e2e-tag", shown: "#e2e-tag", savedNote: "saved tag \"e2e-tag\"",
                           remove: "T", picker: "Remove which tag?", removedNote: "removed the tag") {
                $0.tags?.map(\.value) ?? []
            },
            AnnotationTrip(add: "c", prompt: "Comment:", typed: "seen from e2e", shown: "seen from e2e",
                           savedNote: "saved the comment", remove: "C", picker: "Delete which comment?",
                           removedNote: "deleted the comment") { $0.comments?.map(\.value) ?? [] },
            AnnotationTrip(add: "i", prompt: "Image (URL label):", typed: "https://example.com/e2e.png e2e receipt",
                           shown: "e2e receipt <https://example.com/e2e.png>", savedNote: "saved the image", remove: "I",
                           picker: "Remove which image?", removedNote: "removed the image") {
                $0.images?.map { "\($0.url) \($0.label)" } ?? []
            },
        ]
        for trip in trips {
            try await trip.run(in: tmux) { try await check.transaction(target.account, view: "owner", id: target.id) }
        }

        // Filter the loaded list as you type; Esc clears it.
        try tmux.send("Escape")
        try await tmux.waitFor("detail closed") { !$0.contains("Balance after") }
        // Typed out of order with Home and End, which tmux sends as ESC[1~ and ESC[4~ under TERM=xterm-256color.
        try tmux.send("/")
        try tmux.send("ah", literal: true)
        try tmux.send("Home")
        try tmux.send("b", literal: true)
        try tmux.send("End")
        try tmux.send("n", literal: true)
        try await tmux.waitFor(text: "/bahn")
        screen = try await tmux.waitFor("only matches") { screen in
            screen.contains(" match") && !screen.split(separator: "\n").contains { $0.contains("Bäckerei") }
        }
        try tmux.send("Enter")
        try tmux.send("Escape")
        try await tmux.waitFor("filter cleared") { !$0.contains("/bahn") }

        // Narrow: one pane and the breadcrumb; wide again: accounts beside the transactions (the banks pane gives
        // way while an account is open below 170 columns).
        try tmux.resize(cols: 80, rows: 24)
        try await tmux.waitFor("narrow layout") { $0.contains("Transactions ·") && !$0.contains("Accounts (") }
        try tmux.resize(cols: 120, rows: 40)
        // A whole frame: the status bar with its request count is drawn too, not just the panes above it.
        screen = try await tmux.waitFor("wide layout") { $0.contains("Accounts (") && EndToEndTests.requestCount(on: $0) != nil }
        let requestsAtEnd = try #require(EndToEndTests.requestCount(on: screen))
        let serverRequests = await server.requestCount

        try tmux.send("q")
        screen = try await tmux.waitFor(text: "EXITED rc=")
        #expect(screen.contains("EXITED rc=0"))
        #expect(screen.contains("icanon") && !screen.contains("-icanon"), "the terminal is back in canonical mode")
        #expect(screen.contains("echo") && !screen.contains("-echo"), "echo is back on")
        #expect(!screen.contains("Balance over time"), "the alternate screen is gone")
        print("e2e requests by the UI: \(requestsAfterOpening) to open bank/account/transaction, "
              + "\(requestsAfterViews - requestsAfterOpening) for the view round trip (owner again from the cache), "
              + "\(requestsAtEnd) for the whole session; the sandbox served \(serverRequests) including the test's checks")
    }

    /// One annotation added from the keyboard and removed through its picker, checked over HTTP both ways.
    struct AnnotationTrip {
        var add: String
        var prompt: String
        var typed: String
        var shown: String
        /// The status bar's note once the UI has the server's answer to the add (`Annotation.done`).
        var savedNote: String
        var remove: String
        var picker: String
        /// The same for the removal.
        var removedNote: String
        /// The annotations of this kind as the server has them, in the picker's order.
        var values: (TransactionMetadata) -> [String]

        func run(in tmux: Tmux, read: () async throws -> Transaction) async throws {
            try tmux.send(add)
            try await tmux.waitFor(text: prompt)
            try tmux.send(typed, literal: true)
            try tmux.send("Enter")
            // The annotation shows at once under a placeholder id, and the picker offers only what the UI has the
            // server's answer for: the server having it (read below) does not mean the UI has the answer yet, and a
            // picker opened before then lacks the new row (or does not open), so the row counted below is wrong.
            try await tmux.waitFor("\(typed) saved") { $0.contains(shown) && $0.contains(savedNote) }
            let saved = try await EndToEndTests.eventually(read) { values($0.metadata).contains(typed) }
            let row = try #require(values(saved.metadata).firstIndex(of: typed))
            try tmux.send(remove)
            try await tmux.waitFor(text: picker)
            for _ in 0..<row { try tmux.send("j") }
            try tmux.send("Enter")
            // Answered in the UI too: a late note of this removal would replace the next trip's note of its add.
            try await tmux.waitFor("\(typed) gone") { !$0.contains(shown) && $0.contains(removedNote) }
            _ = try await EndToEndTests.eventually(read) { !values($0.metadata).contains(typed) }
        }
    }

    struct Target: Equatable {
        var account: AccountRef
        var id: TransactionID
    }

    /// A left click at a cell (0-based), pressed and released, as xterm-256color's terminfo tells curses to read.
    static func click(row: Int, col: Int) -> String {
        "\u{1B}[<0;\(col + 1);\(row + 1)M\u{1B}[<0;\(col + 1);\(row + 1)m"
    }

    /// Whether a line of the detail pane reads `label`, then (after the label column's padding) `value`.
    static func detail(on screen: String, shows label: String, _ value: String) -> Bool {
        screen.components(separatedBy: "\n").contains { line in
            guard let range = line.range(of: "│" + label + " ") else { return false }
            return line[range.upperBound...].drop { $0 == " " }.hasPrefix(value)
        }
    }

    /// The UI's own request count from the status bar (`12 req`).
    static func requestCount(on screen: String) -> Int? {
        guard let last = screen.split(separator: "\n").last(where: { $0.hasSuffix(" req") }) else { return nil }
        return last.split(separator: " ").dropLast().last.flatMap { Int($0) }
    }

    /// Retries a read until it shows what the UI said it wrote (writes are asynchronous), for up to 30 s: as long as
    /// a wait on the screen, for the same loaded cores.
    static func eventually<T>(_ read: () async throws -> T, until done: (T) -> Bool) async throws -> T {
        let deadline = Date().addingTimeInterval(30)
        var last = try await read()
        while !done(last) {
            guard Date() < deadline else {
                Issue.record("the server never showed the expected change")
                return last
            }
            try await Task.sleep(for: .milliseconds(50))
            last = try await read()
        }
        return last
    }
}
