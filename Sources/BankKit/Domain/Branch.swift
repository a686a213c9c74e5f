/// A bank branch, as listed by `GET /banks/B/branches`.
public struct Branch: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var address: String?
    /// The lobby's hours, Monday first; days the server leaves out are not listed.
    public var lobbyHours: [OpeningHours]
    public var latitude: Double?
    public var longitude: Double?

    public init(id: String, name: String, address: String? = nil, lobbyHours: [OpeningHours] = [],
                latitude: Double? = nil, longitude: Double? = nil) {
        self.id = id
        self.name = name
        self.address = address
        self.lobbyHours = lobbyHours
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// When a branch is open on one day of the week; both times empty means closed.
public struct OpeningHours: Sendable, Hashable {
    public static let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Lower-case English, as OBP's JSON keys are.
    public var day: String
    public var opens: String
    public var closes: String

    public init(day: String, opens: String, closes: String) {
        self.day = day
        self.opens = opens
        self.closes = closes
    }

    public var isClosed: Bool { opens.isEmpty && closes.isEmpty }
    public var text: String { isClosed ? "closed" : "\(opens)–\(closes)" }

    /// `Mon–Fri 09:00–16:30, Sat 09:00–12:30`: runs of days with the same hours, closed days left out.
    public static func summary(_ hours: [OpeningHours]) -> String {
        var runs: [(first: String, last: String, text: String)] = []
        for day in hours where !day.isClosed {
            let name = String(day.day.prefix(3)).capitalized
            if let last = runs.last, last.text == day.text, isNextDay(day.day, after: last.last) {
                runs[runs.count - 1].last = name
            } else {
                runs.append((name, name, day.text))
            }
        }
        return runs.map { ($0.first == $0.last ? $0.first : "\($0.first)–\($0.last)") + " " + $0.text }
            .joined(separator: ", ")
    }

    private static func isNextDay(_ day: String, after abbreviated: String) -> Bool {
        guard let index = days.firstIndex(of: day), index > 0 else { return false }
        return days[index - 1].hasPrefix(abbreviated.lowercased())
    }
}
