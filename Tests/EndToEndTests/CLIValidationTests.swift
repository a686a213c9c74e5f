import Foundation
import Testing

/// The CLI checks typed annotations by the browser's rules before any request: the server named here does not
/// exist, so a request would fail with a network error rather than the rule.
struct CLIValidationTests {
    @Test(arguments: [
        (["tx", "tag", "add", "two words"], "a tag cannot contain white space"),
        (["tx", "comment", "add", "   "], "type a comment"),
        (["tx", "where", "set", "--lat", "91", "--lon", "0"], "latitude must be between -90 and 90"),
        (["tx", "image", "add", "ftp://example.com/scan.png"], "an image URL starts with http:// or https://"),
        (["tx", "image", "add", "https://example.com/a.png lunch"], "an image URL has no spaces"),
    ])
    func refusedBeforeAnyRequest(arguments: [String], message: String) throws {
        let binary = try #require(EndToEndTests.binary)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Subprocess.run(binary.path, ["--base-url", "http://127.0.0.1:9"] + arguments
            + ["--bank", "b", "--account", "a", "--tx", "t"], environment: [
            "XDG_DATA_HOME": home.path, "XDG_STATE_HOME": home.path, "XDG_CONFIG_HOME": home.path,
            "BANKTERM_TOKEN": "not-a-real-token",
        ])
        #expect(result.status == 1)
        #expect(result.output.contains("error: \(message)"), "\(result.output)")
    }
}
