import Foundation
import Testing
@testable import TerminalUI

/// `:theme NAME` reads its file off the UI thread and wakes the loop with the outcome.
struct ThemeFetchTests {
    private func fetch(_ name: String) async -> ThemeFetch.Outcome? {
        let fetch = ThemeFetch()
        let loader = ThemeLoader(searchDirectories: [ThemeTests.repoThemes])
        await withCheckedContinuation { (woken: CheckedContinuation<Void, Never>) in
            fetch.start(name, loader: loader) { woken.resume() }
        }
        let outcome = fetch.take()
        #expect(fetch.take() == nil, "an outcome is handed over once")
        return outcome
    }

    @Test func aThemeIsReadAndHandedOverOnce() async throws {
        let outcome = try #require(await fetch("nord"))
        #expect(outcome.name == "nord")
        #expect(try outcome.result.get().name == "nord")
    }

    @Test func anUnknownThemeSaysWhyInOneLine() async throws {
        let outcome = try #require(await fetch("no-such-theme"))
        guard case .failure(let error) = outcome.result else {
            Issue.record("an unknown theme loaded")
            return
        }
        #expect(!error.message.isEmpty && !error.message.contains("\n"))
    }
}
