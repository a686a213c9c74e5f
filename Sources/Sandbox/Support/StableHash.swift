/// FNV-1a 64: a fast, deterministic hash for ETags and derived ids (Swift's `Hasher` is seeded per process,
/// so it cannot give ids or ETags that survive a restart).
enum StableHash {
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ string: String) -> String { hex(bytes: string.utf8) }

    static func hex(bytes: some Sequence<UInt8>) -> String {
        let value = fnv1a(bytes)
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
