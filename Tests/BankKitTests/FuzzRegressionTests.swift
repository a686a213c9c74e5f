import Foundation
import Testing
@testable import BankKit

/// The short, deterministic cousin of `scripts/fuzz.sh wire` (issue 5, item 6): seeded random JSON trees must parse
/// back to themselves, and seeded mutations of the fuzz seeds must leave every decoder returning or throwing -
/// never crashing. Inputs that once crashed the fuzzer belong in `crashInputs`.
@Suite struct FuzzRegressionTests {
    static let seedDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/seeds/wire")

    /// Inputs the fuzzer found crashing or hanging a decoder, kept so the fix stays fixed.
    static let crashInputs: [String] = [
        String(repeating: "[", count: 100_000),
        String(repeating: "{\"a\":", count: 50_000),
        "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u12\"", "1e999999999", "-0.0e-99999999", "\u{FEFF}{}",
        "{\"transactions\":[{\"id\":\"t\",\"details\":{\"posted\":\"9999999-99-99T99:99:99.999999999Z\"}}]}",
        "{\"transactions\":[{\"id\":\"t\",\"details\":{\"value\":{\"currency\":\"EUR\",\"amount\":\"1e99999\"}}}]}",
        "{\"transactions\":[{\"id\":\"t\",\"metadata\":{\"where\":{\"latitude\":\"nan\",\"longitude\":1e400}}}]}",
    ]

    /// SplitMix64: the same sequence on every run and platform, so a failure reproduces.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func crashInputsAreHandled() {
        for input in FuzzRegressionTests.crashInputs {
            OBPWire.decodeEveryShape(Data(input.utf8))
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Data(String(repeating: "[", count: 100_000).utf8)) }
    }

    static func randomString(_ rng: inout SeededGenerator) -> String {
        let pool: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1B}", "\u{7F}", "\u{9B}",
                                      "é", "東", "\u{202E}", "\u{FEFF}", "🐷", "\u{10FFFF}"]
        var out = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &rng) { out.append(pool.randomElement(using: &rng)!) }
        return String(out)
    }

    /// A random tree and its JSON text, escaping as JSONSerialization would.
    static func randomTree(_ rng: inout SeededGenerator, depth: Int) -> (JSONTree, String) {
        switch Int.random(in: 0...(depth > 4 ? 3 : 5), using: &rng) {
        case 0: return (.null, "null")
        case 1:
            let flag = Bool.random(using: &rng)
            return (.bool(flag), flag ? "true" : "false")
        case 2:
            let number = ["0", "-1", "3.25", "1e10", "-0.5E-3", "12345678901234567890"].randomElement(using: &rng)!
            return (.number(number), number)
        case 3:
            let text = randomString(&rng)
            return (.string(text), encode(text))
        case 4:
            let items = (0..<Int.random(in: 0...4, using: &rng)).map { _ in randomTree(&rng, depth: depth + 1) }
            return (.array(items.map(\.0)), "[" + items.map(\.1).joined(separator: ",") + "]")
        default:
            let members = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                (randomString(&rng), randomTree(&rng, depth: depth + 1))
            }
            return (.object(members.map { JSONTree.Member(key: $0.0, value: $0.1.0) }),
                    "{" + members.map { encode($0.0) + " : " + $0.1.1 }.joined(separator: ",\n") + "}")
        }
    }

    static func encode(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func randomTreesParseBackToThemselves() throws {
        var rng = SeededGenerator(state: 2026)
        for _ in 0..<2_000 {
            let (tree, text) = FuzzRegressionTests.randomTree(&rng, depth: 0)
            #expect(try JSONTree.parse(Data(text.utf8)) == tree, "\(text)")
        }
    }

    @Test func mutatedSeedsNeverCrashADecoder() throws {
        let seeds = try FileManager.default.contentsOfDirectory(at: FuzzRegressionTests.seedDirectory,
                                                                includingPropertiesForKeys: nil)
            .compactMap { FileManager.default.contents(atPath: $0.path) }
        try #require(!seeds.isEmpty, "Fuzz/seeds/wire holds the seeds")
        let tokens = Array("{}[]\":,\\0123456789.eE+-tfnul \u{0}".utf8) + [0xFF, 0xC3, 0x80, 0xED, 0xA0]
        var rng = SeededGenerator(state: 5)
        var runs = 0
        for seed in seeds {
            for _ in 0..<1_500 {
                var bytes = [UInt8](seed)
                for _ in 0..<Int.random(in: 1...8, using: &rng) where !bytes.isEmpty {
                    let at = Int.random(in: 0..<bytes.count, using: &rng)
                    switch Int.random(in: 0...3, using: &rng) {
                    case 0: bytes[at] = tokens.randomElement(using: &rng)!
                    case 1: bytes.insert(tokens.randomElement(using: &rng)!, at: at)
                    case 2: bytes.remove(at: at)
                    default: bytes.removeSubrange(at...)
                    }
                }
                OBPWire.decodeEveryShape(Data(bytes))
                runs += 1
            }
        }
        #expect(runs == seeds.count * 1_500)
    }
}
