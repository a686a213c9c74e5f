import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// JSON written straight into bytes, in exactly the layout `JSONRecords.render` gives (JSONSerialization with
/// `.sortedKeys` and `.withoutEscapingSlashes`, `.prettyPrinted` when `pretty`, then `escapingInvisibles`) without a
/// dictionary of `Any` per record: on Linux that tree and its serialisation cost about 250 µs a transaction, which
/// made `--all --format json` ten times slower than fetching. Callers give keys in sorted order.
///
/// It runs once per field of every transaction of `--all`, so it works on the strings' UTF-8 in place and copies
/// runs of plain text in one go: decoding each string scalar by scalar was a third of the command's CPU.
struct JSONByteWriter: ~Copyable {
    /// The output so far, in storage of the writer's own. Not an array: `--all` makes some two hundred appends a
    /// transaction, and an array's uniqueness and capacity checks and its out-of-line append were a fifth of the
    /// command's CPU; here an append is a bounds check and a copy.
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    let pretty: Bool
    /// Open containers as bit stacks, innermost in bit `depth - 1`: whether each is an array and whether it has a
    /// member yet. Bits rather than an array of flags, which cost a uniqueness check and a retain per value.
    private var arrays: UInt64 = 0
    private var members: UInt64 = 0
    private var depth = 0
    /// Indentation levels before the outermost container, for an element written inside an array of the caller's.
    private let baseDepth: Int

    init(pretty: Bool, baseDepth: Int = 0, capacity: Int = 1024) {
        self.pretty = pretty
        self.baseDepth = baseDepth
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written, for as long as `body` runs.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    consuming func finish() -> [UInt8] {
        withBytes { Array($0) }
    }

    /// Room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        capacity = max(needed, 2 * capacity)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.update(from: start, count: count)
        start.deallocate()
        start = larger
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `count` spaces, the indentation of a pretty layout.
    @inline(__always)
    private mutating func putSpaces(_ spaces: Int) {
        reserve(spaces)
        (start + count).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { put($0) }
    }

    mutating func beginObject() { begin(UInt8(ascii: "{"), isArray: false) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray() { begin(UInt8(ascii: "["), isArray: true) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// The next member's key; its value follows.
    mutating func key(_ name: StaticString) {
        separate()
        put(UInt8(ascii: "\""))
        append(name)
        if pretty { append("\" : ") } else { append("\":") }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { quoted(utf8: $0) }
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// Text as UTF-8 bytes, well formed (as a date's digits are).
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        quoted(utf8: utf8)
    }

    /// An id's text, without making a string of it.
    mutating func string<Kind>(_ id: Identifier<Kind>) {
        id.withUTF8 { quoted(utf8: $0) }
    }

    /// An optional id's text, null when there is none.
    mutating func string<Kind>(_ id: Identifier<Kind>?) {
        if let id { string(id) } else { null() }
    }

    /// A value this writer wrote, to be written again by `repeatValue`: where its bytes lie in the output, and at
    /// which depth (its indentation is in them).
    struct Written {
        fileprivate let range: Range<Int>
        fileprivate let depth: Int
    }

    /// Writes a value with `body` and says where it went, for `repeatValue`.
    mutating func writing(_ body: (inout JSONByteWriter) -> Void) -> Written {
        let from = count
        body(&self)
        return Written(range: from..<count, depth: depth)
    }

    /// `value` written again at the same depth, as a copy of its bytes, which are still in this writer's output.
    mutating func repeatValue(_ value: Written) {
        assert(value.depth == depth, "a value repeated at another depth than it was written at")
        assert(value.range.upperBound <= count, "a value repeated from another writer")
        beforeValue()
        reserve(value.range.count)
        (start + count).update(from: start + value.range.lowerBound, count: value.range.count)
        count += value.range.count
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
        data.dropFirst().dropLast().withUnsafeBytes { put($0.assumingMemoryBound(to: UInt8.self)) }
    }

    private mutating func begin(_ bracket: UInt8, isArray: Bool) {
        beforeValue()
        put(bracket)
        precondition(depth < UInt64.bitWidth, "JSON nested deeper than \(UInt64.bitWidth) levels")
        let bit: UInt64 = 1 << depth
        if isArray { arrays |= bit } else { arrays &= ~bit }
        members &= ~bit
        depth += 1
    }

    private mutating func end(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            // JSONSerialization leaves an empty line inside an empty container.
            put(UInt8(ascii: "\n"))
            if members & (1 << depth) == 0 { put(UInt8(ascii: "\n")) }
            putSpaces(2 * (baseDepth + depth))
        }
        put(bracket)
    }

    /// A value inside an array starts a new member; inside an object its key already did.
    private mutating func beforeValue() {
        if depth > 0, arrays & (1 << (depth - 1)) != 0 { separate() }
    }

    private mutating func separate() {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << (depth - 1)
        if members & bit != 0 { put(UInt8(ascii: ",")) }
        members |= bit
        if pretty {
            put(UInt8(ascii: "\n"))
            putSpaces(2 * (baseDepth + depth))
        }
    }

    private mutating func quoted(utf8: UnsafeBufferPointer<UInt8>) {
        beforeValue()
        put(UInt8(ascii: "\""))
        appendEscaped(utf8: utf8)
        put(UInt8(ascii: "\""))
    }

    /// A string's UTF-8 with what must be escaped escaped: runs that need nothing are copied whole, and only a
    /// non-ASCII scalar is decoded, to ask `Sanitizer` whether a terminal must not see it.
    private mutating func appendEscaped(utf8: UnsafeBufferPointer<UInt8>) {
        var plainFrom = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : Self.scalar(in: utf8, at: index, length: length)
            if byte >= 0x80 && !Sanitizer.needsReplacement(scalar) {
                index += length
                continue
            }
            put(UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
            appendEscaped(scalar)
            index += length
            plainFrom = index
        }
        put(UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
    }

    /// The scalar whose `length` bytes start at `index`; a Swift string's UTF-8 is always well formed.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(utf8[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
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
        default:
            // Only what `Sanitizer` replaces comes here.
            for unit in String(scalar).utf16 { appendUnicodeEscape(unit) }
        }
    }

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        append("\\u")
        let hex: StaticString = "0123456789abcdef"
        hex.withUTF8Buffer { hex in
            for shift in stride(from: 12, through: 0, by: -4) { put(hex[Int(unit >> UInt16(shift)) & 0xF]) }
        }
    }
}
