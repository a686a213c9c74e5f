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
        let totalMillis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let millis = ((totalMillis % 1000) + 1000) % 1000
        let seconds = (totalMillis - millis) / 1000
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "." + pad(millis, 3) + "Z"
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

        /// The digits of a fraction of a second, any number of them.
        mutating func fraction() -> Double {
            var scale = 0.1
            var fraction = 0.0
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            return fraction
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
