import Foundation

/// An optional date in 8 bytes. `Date?` takes 9 and pads to 16 inside a struct; a transaction holds two, and a
/// browser holds a hundred thousand transactions.
struct PackedDate: Sendable, Hashable {
    /// The bit pattern of `timeIntervalSinceReferenceDate`, or `none`: a NaN no arithmetic produces.
    private let bits: UInt64
    private static let none = UInt64.max

    init(_ date: Date?) {
        bits = date?.timeIntervalSinceReferenceDate.bitPattern ?? Self.none
    }

    var date: Date? {
        bits == Self.none ? nil : Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
    }
}
