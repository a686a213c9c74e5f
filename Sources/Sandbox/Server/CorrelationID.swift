import HTTPTypes
import Synchronization

/// The `Correlation-Id` of a response that came without one: UUID-shaped (version 4, lower case), as OBP sends.
/// Foundation's `UUID()` opens and reads `/dev/urandom` on every call on Linux, 3% of a cached page's cost in a
/// profile; an id needs to be unique, not secret, so a counter is mixed with a per-process random seed instead
/// (the mix is a bijection, so ids repeat only if the counter does).
enum CorrelationID {
    static let field = HTTPField.Name("Correlation-Id")!

    /// The id an answer carries: the request's own, as OBP echoes it, or a new one.
    static func of(_ request: HTTPFields) -> String {
        request[field] ?? next()
    }

    private static let seed = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))
    private static let counter = Atomic<UInt64>(0)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func next() -> String {
        let n = counter.add(1, ordering: .relaxed).newValue
        let high = (mix(n ^ seed.0) & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000
        let low = (mix(n &+ seed.1) & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, word) in [high, low].enumerated() {
            for nibble in 0..<16 {
                if (index == 0 && (nibble == 8 || nibble == 12)) || (index == 1 && (nibble == 0 || nibble == 4)) {
                    text.append(UInt8(ascii: "-"))
                }
                text.append(hexDigits[Int((word >> UInt64(60 - 4 * nibble)) & 0xf)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// SplitMix64's finaliser: a bijection on 64 bits.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
