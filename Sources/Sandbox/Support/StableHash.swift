/// Deterministic hashes: FNV-1a 64 for derived ids, a word-at-a-time one for ETags (Swift's `Hasher` is seeded
/// per process, so it cannot give ids or ETags that survive a restart).
enum StableHash {
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
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
