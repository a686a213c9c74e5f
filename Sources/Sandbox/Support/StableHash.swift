/// Deterministic hashes: FNV-1a 64 for derived ids, a word-at-a-time one for ETags (Swift's `Hasher` is seeded
/// per process, so it cannot give ids or ETags that survive a restart).
enum StableHash {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a 64 of `bytes`, continuing from `hash`, so a key made of parts needs no joined copy.
    static func fnv1a(_ bytes: some Sequence<UInt8>, _ hash: UInt64 = fnvOffset) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = fnv1a(byte, hash) }
        return hash
    }

    @inline(__always)
    static func fnv1a(_ byte: UInt8, _ hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// `value` as sixteen lowercase hex digits at `buffer[offset...]`.
    static func writeHex(_ value: UInt64, into buffer: inout [UInt8], at offset: Int) {
        let digits: StaticString = "0123456789abcdef"
        for index in 0..<16 {
            let nibble = Int((value >> (60 - 4 * UInt64(index))) & 0xf)
            buffer[offset + index] = digits.utf8Start[nibble]
        }
    }

    static func hex(_ string: String) -> String { sixteenDigits(fnv1a(string.utf8)) }

    /// A 64-bit content hash for ETags, eight bytes a step (a page of 50 transactions is ~50 KB, and FNV's byte
    /// loop cost more than reading the page). Deterministic, like `fnv1a`, so ETags survive a restart.
    static func etag(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* 0xff51_afd7_ed55_8ccd
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01b3
                offset += 1
            }
        }
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return sixteenDigits(hash)
    }

    private static func sixteenDigits(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
