import BrowserModel
import Foundation
import TerminalUI

/// JSON written straight into bytes, in exactly the layout `JSONRecords.render` gives (JSONSerialization with
/// `.sortedKeys` and `.withoutEscapingSlashes`, `.prettyPrinted` when `pretty`, then `escapingInvisibles`) without a
/// dictionary of `Any` per record: on Linux that tree and its serialisation cost about 250 µs a transaction, which
/// made `--all --format json` ten times slower than fetching. Callers give keys in sorted order.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Open containers, innermost last: whether each is an array and whether it has a member yet.
    private var open: [(isArray: Bool, hasMember: Bool)] = []
    /// Indentation levels before the outermost container, for an element written inside an array of the caller's.
    private let baseDepth: Int

    init(pretty: Bool, baseDepth: Int = 0) {
        self.pretty = pretty
        self.baseDepth = baseDepth
        bytes.reserveCapacity(1024)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func beginObject() { begin(UInt8(ascii: "{"), isArray: false) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray() { begin(UInt8(ascii: "["), isArray: true) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// The next member's key; its value follows.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        if pretty { append("\" : ") } else { append("\":") }
    }

    mutating func string(_ text: String) {
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: text.utf8)
        } else {
            for scalar in text.unicodeScalars { appendEscaped(scalar) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    mutating func null() {
        beforeValue()
        append("null")
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        if value { append("true") } else { append("false") }
    }

    /// Numbers as JSONSerialization spells them (`60`, `24.9384`, `1e-07`): rare in records (coordinates), so
    /// borrowing its formatter costs nothing that matters and cannot drift from it.
    mutating func number(_ value: Double) {
        beforeValue()
        let data = (try? JSONSerialization.data(withJSONObject: [value])) ?? Data("[null]".utf8)
        bytes.append(contentsOf: data.dropFirst().dropLast())
    }

    private mutating func begin(_ bracket: UInt8, isArray: Bool) {
        beforeValue()
        bytes.append(bracket)
        open.append((isArray, false))
    }

    private mutating func end(_ bracket: UInt8) {
        let closed = open.removeLast()
        if pretty {
            // JSONSerialization leaves an empty line inside an empty container.
            bytes.append(UInt8(ascii: "\n"))
            if !closed.hasMember { bytes.append(UInt8(ascii: "\n")) }
            indent()
        }
        bytes.append(bracket)
    }

    /// A value inside an array starts a new member; inside an object its key already did.
    private mutating func beforeValue() {
        if open.last?.isArray == true { separate() }
    }

    private mutating func separate() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].hasMember { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].hasMember = true
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (baseDepth + open.count)))
    }

    /// JSONSerialization's escapes for quotes, backslashes and C0 controls, then `escapingInvisibles`' for
    /// what would drive a terminal (DEL, C1, bidi overrides, zero-width), as UTF-16 `\uXXXX`.
    private mutating func appendEscaped(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: append("\\\"")
        case 0x5C: append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0..<0x20: appendUnicodeEscape(UInt16(scalar.value))
        case 0x7F... where Sanitizer.needsReplacement(scalar):
            for unit in String(scalar).utf16 { appendUnicodeEscape(unit) }
        default:
            bytes.append(contentsOf: String(scalar).utf8)
        }
    }

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        append("\\u")
        let hex = Array("0123456789abcdef".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(unit >> UInt16(shift)) & 0xF]) }
    }
}
