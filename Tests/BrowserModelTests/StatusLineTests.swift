import BankKit
@testable import BrowserModel
import Testing
import TestSupport

@Suite struct StatusLineTests {
    @Test func anErrorLastsUntilTheNextKeySoItCannotHideWhatFollows() {
        var harness = Harness(pageLimit: 20, rows: 10)
        harness.openBusiestAccount()
        harness.send(.commandLine)
        harness.send(.insertText("view nosuchview"))
        harness.send(.submit)
        #expect(harness.state.status.error?.contains("no view nosuchview") == true)
        // Ticks, layout and late results are not the user acting: the error stays readable.
        harness.send(.tick)
        harness.send(.resize(rows: 12))
        harness.send(.providerStatus(rateLimit: nil, requestCount: 9))
        #expect(harness.state.status.error?.contains("no view nosuchview") == true)
        harness.send(.open)
        #expect(harness.state.status.error == nil)
        harness.send(.addTag)
        harness.send(.insertText("kaffee"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.status.error == nil)
        #expect(harness.state.status.info == "saved tag \"kaffee\"")

        // The key cleared the error from the bar, but `!` still shows it whole; Esc closes it.
        harness.send(.showLastError)
        guard case .lastError(let shown) = harness.state.overlay else {
            Issue.record("no last error shown")
            return
        }
        #expect(shown.contains("no view nosuchview"))
        harness.send(.cancel)
        #expect(harness.state.overlay == nil)
    }

    @Test func withoutAnErrorBangSaysSo() {
        var harness = Harness(pageLimit: 20, rows: 10)
        harness.send(.showLastError)
        #expect(harness.state.overlay == nil && harness.state.status.info == "no error so far")
    }
}
