import Foundation

/// A transaction's amount and balance in 28 bytes, where two `Money?` take 80: each `Decimal` as its first 12
/// bytes (exponent, length, flags and the low 64 bits of the mantissa; the rest is zero for any amount a bank
/// sends), and their common currency as up to three ASCII bytes. Amounts that do not fit (a mantissa past 64
/// bits, two currencies, a longer code) are not packed; the transaction keeps them out of line.
struct PackedAmounts: Sendable {
    private typealias Head = (UInt32, UInt32, UInt32)
    private var valueHead: Head = (0, 0, 0)
    private var balanceHead: Head = (0, 0, 0)
    /// The currency's bytes in the low three bytes; which of the two are present in the top one.
    private var currencyAndPresence: UInt32 = 0

    private static let valuePresent: UInt32 = 1 << 24
    private static let balancePresent: UInt32 = 1 << 25
    private static let unpackedFlag: UInt32 = 1 << 26
    private static let currencyMask: UInt32 = 0xFF_FFFF
    private static let decimalFits = MemoryLayout<Decimal>.size == 20

    /// Neither amount.
    static let none = PackedAmounts()

    /// The amounts did not pack: they are kept out of line.
    static let unpacked: PackedAmounts = {
        var amounts = PackedAmounts()
        amounts.currencyAndPresence = unpackedFlag
        return amounts
    }()

    var isUnpacked: Bool { currencyAndPresence & Self.unpackedFlag != 0 }

    private init() {}

    init?(value: Money?, newBalance: Money?) {
        guard Self.decimalFits else { return nil }
        let currency = value?.currency ?? newBalance?.currency ?? ""
        guard newBalance.map({ $0.currency == currency }) ?? true, let code = Self.code(currency) else { return nil }
        currencyAndPresence = code
        if let value {
            guard let head = Self.head(value.amount) else { return nil }
            valueHead = head
            currencyAndPresence |= Self.valuePresent
        }
        if let newBalance {
            guard let head = Self.head(newBalance.amount) else { return nil }
            balanceHead = head
            currencyAndPresence |= Self.balancePresent
        }
    }

    var value: Money? {
        currencyAndPresence & Self.valuePresent == 0 ? nil : Money(amount: Self.decimal(valueHead), currency: currency)
    }

    var newBalance: Money? {
        currencyAndPresence & Self.balancePresent == 0 ? nil : Money(amount: Self.decimal(balanceHead), currency: currency)
    }

    private var currency: String {
        let code = currencyAndPresence & Self.currencyMask
        return withUnsafeBytes(of: code.littleEndian) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Up to three ASCII bytes, none of them zero, little-endian.
    private static func code(_ currency: String) -> UInt32? {
        var code: UInt32 = 0
        var shift: UInt32 = 0
        for byte in currency.utf8 {
            guard shift < 24, byte != 0, byte < 0x80 else { return nil }
            code |= UInt32(byte) << shift
            shift += 8
        }
        return code
    }

    private static func head(_ amount: Decimal) -> Head? {
        withUnsafeBytes(of: amount) { bytes -> Head? in
            guard bytes[12..<20].allSatisfy({ $0 == 0 }) else { return nil }
            return (bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self),
                    bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self),
                    bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        }
    }

    private static func decimal(_ head: Head) -> Decimal {
        var amount = Decimal()
        withUnsafeMutableBytes(of: &amount) { bytes in
            for index in bytes.indices { bytes[index] = 0 }
            bytes.storeBytes(of: head.0, toByteOffset: 0, as: UInt32.self)
            bytes.storeBytes(of: head.1, toByteOffset: 4, as: UInt32.self)
            bytes.storeBytes(of: head.2, toByteOffset: 8, as: UInt32.self)
        }
        return amount
    }
}
