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
    }
}
