import Foundation

/// Decodes each distinct sub-object of one document once, by its bytes. A page of 50 transactions repeats a
/// handful of counterparties and metadata objects (9 and 4 distinct in the bench's pages), and decoding one is a
/// dozen strings; equal bytes decode to equal values, so repeats share the first one's box. Lives as long as the
/// decoding of one document, whose bytes it points into rather than copies.
struct RepeatMemo<Value: Hashable & Sendable> {
    private var boxes: [Span: Shared<Value>] = [:]

    /// `object`'s value in the box `decode` gives, the same box as every earlier object of the same bytes got.
    mutating func shared(_ object: JSONObject, _ decode: (JSONObject) -> Shared<Value>) -> Shared<Value> {
        let span = Span(object)
        if let box = boxes[span] { return box }
        let box = decode(object)
        boxes[span] = box
        return box
    }

    /// A container's bytes in its document. An empty container has an empty span: all of them are the same few
    /// bytes (`{}`), and decode alike.
    private struct Span: Hashable {
        let bytes: ArraySlice<UInt8>
        let hash: Int

        /// Bytes hashed from each end: an OBP object starts with its id, and hashing all of a counterparty's 500
        /// bytes cost more than the decoding it saved; equality still compares every byte.
        static var hashedBytes: Int { 48 }

        init(_ object: JSONObject) {
            let token = object.document.tokens[object.token]
            bytes = object.document.bytes[Int(token.start)..<max(Int(token.start), Int(token.end))]
            hash = bytes.withUnsafeBytes { raw in
                guard raw.count > 2 * Self.hashedBytes else { return Self.mix(raw, seed: raw.count) }
                let head = Self.mix(UnsafeRawBufferPointer(rebasing: raw[..<Self.hashedBytes]), seed: raw.count)
                return Self.mix(UnsafeRawBufferPointer(rebasing: raw[(raw.count - Self.hashedBytes)...]), seed: head)
            }
        }

        /// A word-at-a-time multiply-xor hash. The dictionary hashes the result again with its seeded hasher; this
        /// only has to tell a page's few objects apart, and SipHash over 96 bytes was 3% of `--all`'s CPU.
        private static func mix(_ raw: UnsafeRawBufferPointer, seed: Int) -> Int {
            var hash = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x9E37_79B9_7F4A_7C15
                offset += 1
            }
            return Int(truncatingIfNeeded: hash ^ hash >> 32)
        }

        static func == (lhs: Span, rhs: Span) -> Bool {
            guard lhs.hash == rhs.hash, lhs.bytes.count == rhs.bytes.count else { return false }
            return lhs.bytes.withUnsafeBytes { left in
                rhs.bytes.withUnsafeBytes { right in left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
    }
}
