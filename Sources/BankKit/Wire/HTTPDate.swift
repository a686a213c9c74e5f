import Foundation

/// The HTTP `Date` header (RFC 1123 in GMT, `Wed, 06 Apr 2020 06:09:55 GMT`), which OP signs. Formatted by hand:
/// a DateFormatter follows the process locale unless told otherwise and is not Sendable.
public enum HTTPDate {
    private static let days = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let civil = CivilCalendar.date(fromDays: day)
        let second = Int(seconds - Int64(day) * 86_400)
        let weekday = days[((day % 7) + 7) % 7]
        return "\(weekday), \(two(civil.day)) \(months[civil.month - 1]) \(civil.year) "
            + "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60)) GMT"
    }

    /// The instant of an RFC 1123 date; nil for anything else (the obsolete RFC 850 and asctime forms included).
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","), days.contains(String(parts[0].dropLast())),
              parts[5] == "GMT", let day = Int(parts[1]), (1...31).contains(day),
              let month = months.firstIndex(of: String(parts[2])), let year = Int(parts[3]), parts[3].count == 4
        else { return nil }
        let time = parts[4].split(separator: ":")
        guard time.count == 3, time.allSatisfy({ $0.count == 2 }), let hour = Int(time[0]), let minute = Int(time[1]),
              let second = Int(time[2]), hour < 24, minute < 60, second < 61 else { return nil }
        let dayNumber = CivilCalendar.days(year: year, month: month + 1, day: day)
        return Date(timeIntervalSince1970: Double(Int64(dayNumber) * 86_400
                                                  + Int64(hour * 3600 + minute * 60 + second)))
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
