import BankKit

/// Milliseconds since 1970 in UTC, parsed from and formatted to OBP's ISO-8601 forms without Foundation's
/// formatters, which are far too slow for the per-request hot path.
enum Timestamp {
    /// Parses `yyyy-MM-dd'T'HH:mm:ss[.SSS]Z` and, for the import format's date-only values, `yyyy-MM-dd`.
    static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for i in start..<(start + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, millis = 0
        if b.count > 10 {
            guard b.count >= 20, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
                  let h = number(11, 2), let m = number(14, 2), let s = number(17, 2),
                  h < 24, m < 60, s < 61 else { return nil }
            (hour, minute, second) = (h, m, s)
            var index = 19
            if b[index] == UInt8(ascii: ".") {
                guard let ms = number(20, 3) else { return nil }
                millis = ms
                index = 23
            }
            guard index == b.count - 1, b[index] == UInt8(ascii: "Z") else { return nil }
        }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        return Int64(days) * 86_400_000 + Int64(hour * 3_600_000 + minute * 60_000 + second * 1000 + millis)
    }

    /// OBP's response form, `yyyy-MM-dd'T'HH:mm:ss'Z'`.
    static func format(_ millis: Int64) -> String {
        var out = [UInt8]()
        out.reserveCapacity(20)
        write(millis, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same form appended to a response being written: this runs twice per transaction of every page.
    static func write(_ millis: Int64, into out: inout [UInt8]) {
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60, second = secondOfDay % 60
        let digit = { (value: Int) in UInt8(48 + value % 10) }
        out.append(digit(year / 1000)); out.append(digit(year / 100)); out.append(digit(year / 10))
        out.append(digit(year)); out.append(UInt8(ascii: "-"))
        out.append(digit(month / 10)); out.append(digit(month)); out.append(UInt8(ascii: "-"))
        out.append(digit(day / 10)); out.append(digit(day)); out.append(UInt8(ascii: "T"))
        out.append(digit(hour / 10)); out.append(digit(hour)); out.append(UInt8(ascii: ":"))
        out.append(digit(minute / 10)); out.append(digit(minute)); out.append(UInt8(ascii: ":"))
        out.append(digit(second / 10)); out.append(digit(second)); out.append(UInt8(ascii: "Z"))
    }
}
