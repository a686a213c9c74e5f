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

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let digit = Int(bytes[index + offset]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(CivilCalendar.days(year: year, month: month, day: day)) * 86_400
        guard index < bytes.count, bytes[index] == 0x54 || bytes[index] == 0x74 || bytes[index] == 0x20 else {
            return index == bytes.count ? Date(timeIntervalSince1970: seconds) : nil
        }
        index += 1
        guard let hour = number(2), expect(0x3A), let minute = number(2), hour < 24, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if expect(0x3A) {
            guard let second = number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if expect(0x2E) || expect(0x2C) {
                var scale = 0.1
                var fraction = 0.0
                while index < bytes.count, (48...57).contains(bytes[index]) {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                seconds += fraction
            }
        }
        if index == bytes.count || expect(0x5A) || expect(0x7A) {
            return index == bytes.count ? Date(timeIntervalSince1970: seconds) : nil
        }
        guard index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D else { return nil }
        let sign: Double = bytes[index] == 0x2D ? -1 : 1
        index += 1
        guard let offsetHours = number(2) else { return nil }
        _ = expect(0x3A)
        let offsetMinutes = number(2) ?? 0
        guard index == bytes.count else { return nil }
        return Date(timeIntervalSince1970: seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
