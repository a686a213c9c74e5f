import Testing
@testable import bankterm
import BankKit

@Suite("bankterm api's JSON and --jq subset")
struct JQSubsetTests {
    let document = try! JSONValue.parse(Array(#"{"banks":[{"id":"a","n":1.50},{"id":"b","n":2}],"ok":true,"none":null}"#.utf8))

    func run(_ expression: String) throws -> [String] {
        try JQSubset(expression).run(document).map { $0.text(pretty: false) }
    }

    @Test func paths() throws {
        #expect(try run(".") == [document.text(pretty: false)])
        #expect(try run(".banks[].id") == ["\"a\"", "\"b\""])
        #expect(try run(".banks[1].n") == ["2"])
        #expect(try run(".banks[-1].id") == ["\"b\""])
        #expect(try run(".banks[5]") == ["null"])
        #expect(try run(".none.deeper") == ["null"])
        #expect(try run(".banks[0].n") == ["1.50"], "numbers keep their text")
    }

    @Test func keysLengthAndPipes() throws {
        #expect(try run("keys") == [#"["banks","none","ok"]"#])
        #expect(try run(".banks | length") == ["2"])
        #expect(try run(".banks[] | .id") == ["\"a\"", "\"b\""])
    }

    @Test func outsideTheSubsetIsRefused() {
        #expect(throws: JQSubset.Failure.self) { try JQSubset("map(.id)") }
        #expect(throws: JQSubset.Failure.self) { try JQSubset(".banks[] | select(.id)") }
        #expect(throws: JQSubset.Failure.self) { try JQSubset(".ok").run(document).flatMap { try JQSubset(".x").run($0) } }
    }

    @Test func prettyKeepsOrderAndEscapes() throws {
        let value = try JSONValue.parse(Array(#"{"z":1,"a":["x\u001b[31m"]}"#.utf8))
        #expect(value.text(pretty: true) == "{\n  \"z\": 1,\n  \"a\": [\n    \"x\\u001b[31m\"\n  ]\n}")
        #expect(value.text(pretty: false, clean: { $0.replacingOccurrences(of: "\u{1b}", with: "") }) == #"{"z":1,"a":["x[31m"]}"#)
    }
}
