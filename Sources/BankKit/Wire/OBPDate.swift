import Foundation

/// OBP's timestamps. Servers send `2015-09-02T00:00:00Z`, `...00.000Z`, offsets, or a bare date; requests must use
/// `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`. Hand-written because a formatter per field would dominate decoding time for
/// large transaction lists.
public enum OBPDate {
    /// nil when `text` is not an ISO 8601 date or date-time.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` in UTC.
    public static func format(_ date: Date) -> String {
        text(of: date, withTime: true)
    }

    /// `yyyy-MM-dd` in UTC: the calendar day of a booking.
    public static func day(_ date: Date) -> String {
        text(of: date, withTime: false)
    }

    /// `format(date)`'s UTF-8, for as long as `body` runs: a JSON export writes two dates a transaction, and a
    /// string for each was a heap allocation (they are longer than a small string holds). Not generic: another
    /// module's call would look up the generic's metadata at run time, each time.
    public static func withFormatted(_ date: Date, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withText(of: date, withTime: true, body)
    }

    private static func text(of date: Date, withTime: Bool) -> String {
        withText(of: date, withTime: withTime) { String(decoding: $0, as: UTF8.self) }
    }

    /// Written digit by digit into one buffer: exports and list rows format dates by the hundred thousand, and a
    /// string per field joined together cost more than the calendar arithmetic.
    private static func withText<Result>(of date: Date, withTime: Bool,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // To the nearest millisecond: a parsed `.573` is a binary fraction a hair below it, and rounding down
        // would print `.572`.
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded())
        let millis = ((totalMillis % 1000) + 1000) % 1000
        let seconds = (totalMillis - millis) / 1000
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        // Years beyond four digits keep all of theirs (and a sign), as they always did.
        guard (0...9999).contains(year) else {
            var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
            if withTime {
                text += "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":"
                    + pad(secondOfDay % 60, 2) + "." + pad(millis, 3) + "Z"
            }
            return text.withUTF8(body)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var out = DigitWriter(buffer: buffer)
            out.put(year, width: 4, then: 0x2D)
            out.put(month, width: 2, then: 0x2D)
            out.put(day, width: 2, then: withTime ? 0x54 : nil)
            if withTime {
                out.put(secondOfDay / 3600, width: 2, then: 0x3A)
                out.put(secondOfDay / 60 % 60, width: 2, then: 0x3A)
                out.put(secondOfDay % 60, width: 2, then: 0x2E)
                out.put(millis, width: 3, then: 0x5A)
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<out.count]))
        }
    }

    private struct DigitWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        /// `value` in `width` decimal digits, zero-padded, then `separator`.
        mutating func put(_ value: Int, width: Int, then separator: UInt8?) {
            var rest = value
            for offset in stride(from: width - 1, through: 0, by: -1) {
                buffer[count + offset] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            }
            count += width
            if let separator {
                buffer[count] = separator
                count += 1
            }
        }

    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var cursor = Cursor(bytes: bytes)
        while cursor.skip(0x20) {}
        guard let year = cursor.number(4), cursor.skip(0x2D), let month = cursor.number(2), cursor.skip(0x2D),
              let day = cursor.number(2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(CivilCalendar.days(year: year, month: month, day: day)) * 86_400
        if cursor.atEnd { return Date(timeIntervalSince1970: seconds) }
        guard cursor.skip(0x54) || cursor.skip(0x74) || cursor.skip(0x20),
              let hour = cursor.number(2), cursor.skip(0x3A), let minute = cursor.number(2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if cursor.skip(0x3A) {
            guard let second = cursor.number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if cursor.skip(0x2E) || cursor.skip(0x2C) { seconds += cursor.fraction() }
        }
        if cursor.atEnd || cursor.skip(0x5A) || cursor.skip(0x7A) {
            return cursor.atEnd ? Date(timeIntervalSince1970: seconds) : nil
        }
        let sign: Double
        if cursor.skip(0x2B) { sign = 1 } else if cursor.skip(0x2D) { sign = -1 } else { return nil }
        guard let offsetHours = cursor.number(2) else { return nil }
        _ = cursor.skip(0x3A)
        let offsetMinutes = cursor.number(2) ?? 0
        guard cursor.atEnd else { return nil }
        return Date(timeIntervalSince1970: seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60))
    }

    /// Reads a timestamp's bytes left to right. A struct rather than closures over a shared index, which cost an
    /// exclusivity check per digit group.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool { index == bytes.count }

        /// `width` decimal digits as a number, or nil (and nothing consumed).
        mutating func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let digit = Int(bytes[index + offset]) &- 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            index += width
            return value
        }

        /// Consumes `byte` when it comes next.
        mutating func skip(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// The digits of a fraction of a second, any number of them (beyond nanoseconds they cannot matter),
        /// read as one integer and divided once, so `.573` is the double nearest to it.
        mutating func fraction() -> Double {
            var digits = 0
            var scale = 1.0
            while index < bytes.count, (48...57).contains(bytes[index]) {
                if scale < 1e9 {
                    digits = digits * 10 + Int(bytes[index] - 48)
                    scale *= 10
                }
                index += 1
            }
            return Double(digits) / scale
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
