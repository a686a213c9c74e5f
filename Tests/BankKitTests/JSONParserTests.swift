import Foundation
import Testing
@testable import BankKit

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    @Test func valuesOfEveryKind() throws {
        let value = try parse(#" {"a":[1,-2.5e3,true,false,null,"x"],"b":{},"c":[]} "#)
        #expect(value == .object([
            .init(key: "a", value: .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null,
                                           .string("x")])),
            .init(key: "b", value: .object([])), .init(key: "c", value: .array([])),
        ]))
    }

    @Test func escapesAndUnicode() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\u65E5\ud83c\udf63""#) == .string("a\"b\\c/d\n\té日🍣"))
        #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
        #expect(try parse("\"Käse 寿司 🍣\"") == .string("Käse 寿司 🍣"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01x", "-", "1.", "1e", "tru", "nul",
                      "\"abc", "\"a\u{01}b\"", "\"\\x\"", "\"\\u12\"", "{} {}", "<html>", "{'a':1}"])
    func malformedInputIsRefused(text: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        _ = try parse(fine)
    }

    @Test func numbersKeepTheirText() throws {
        let object = JSONObject.parse
        let parsed = try object(Data(#"{"amount":0.1,"big":12345678901234567890.12}"#.utf8), "test")
        #expect(parsed.decimal("amount") == Decimal(string: "0.1"))
        #expect(parsed.decimal("big") == Decimal(string: "12345678901234567890.12"))
        #expect(parsed.double("amount") == 0.1)
    }
}
