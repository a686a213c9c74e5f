import Foundation
import Testing
@testable import BankKit

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONTree {
        try JSONTree.parse(Data(text.utf8))
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

    @Test func keysAreMatchedAsTheyReadAfterEscapes() throws {
        let object = try JSONObject.parse(Data(#"{"a\u0062":"x","ab":"second","c\"":"\u00e9\n","n":null}"#.utf8), context: "test")
        #expect(object.string("ab") == "x", "the first of two equal keys wins, escaped or not")
        #expect(object.string("c\"") == "é\n")
        #expect(object.string("n") == nil)
        #expect(object.string("missing") == nil)
        #expect(object.keys == ["ab", "ab", "c\"", "n"])
    }

    @Test func valuesReadFromEscapedStringsAsFromPlainOnes() throws {
        let object = try JSONObject.parse(Data(#"{"d":"2024-01-02T03:04:05\u005a","m":"\u002d1.50","b":"tru\u0065"}"#.utf8),
                                          context: "test")
        #expect(object.date("d") == OBPDate.parse("2024-01-02T03:04:05Z"))
        #expect(object.decimal("m") == Decimal(string: "-1.50"))
        #expect(object.bool("b") == true)
    }

    /// The byte-level amount reader must agree with `Decimal(string:)` wherever it answers, and leave every other
    /// shape to it.
    @Test(arguments: ["0", "-0", "0.00", "1.50", "-1.52", "-125720.04", "100", "007.10", "123456789012345678",
                      "12345678901234567.8", "1234567890123456789", "99999999999999999999.99", "1.", ".5", "-.5",
                      "-", "", "1e5", "1E-2", " 1.5", "1.5 ", "+1", "1.2.3", "--1", "1,5", "١٢"])
    func amountsReadExactly(text: String) throws {
        let expected = Decimal(string: text.trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
        var bytes = text
        if let fast = bytes.withUTF8(DecimalText.parse) {
            #expect(fast == expected, "fast path read \(text) as \(fast)")
            #expect(fast.description == expected?.description)
        }
        let object = try JSONObject.parse(Data(#"{"amount":"\#(text)"}"#.utf8), context: "test")
        #expect(object.decimal("amount") == expected)
    }
}
