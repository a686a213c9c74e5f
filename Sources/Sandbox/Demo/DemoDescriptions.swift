import BankKit

/// Transaction descriptions as banks print them: the kind of payment, a date or period, then the payee, in the
/// bank's language. Chosen from the payee and date alone (never from the random generator), so amounts and dates
/// stay what they were and a database made before these descriptions can be given them in place.
enum DemoDescriptions {
    /// `{d}` day of month, `{m}` month (two digits), `{y}` year, `{p}` the payee. Index: DemoCatalog.regions.
    private static let card = ["Korttiosto {d}.{m}. {p}", "Kartenzahlung {d}.{m}. {p}", "カード利用 {m}/{d} {p}",
                               "Card payment {d}/{m} {p}"]
    private static let salary = ["Palkka {m}/{y} Acme Oy", "Lohn/Gehalt {m}/{y} Beispiel GmbH",
                                 "給与振込 {m}月分 カ）サンプル", "Salary {m}/{y} Example Ltd"]
    /// Payees that are not card shops: bills, tickets, subscriptions; a payee may have several wordings.
    private static let payees: [String: [String]] = [
        "Helen Sähkö Oy": ["Suoraveloitus Helen Sähkö Oy, sähkö {m}/{y}"],
        "HSL Matkakortti": ["HSL kausilippu 30 pv", "HSL Matkakortin lataus {d}.{m}."],
        "VR Junaliput": ["VR lippu Helsinki–Tampere {d}.{m}.", "VR lippu Helsinki–Turku {d}.{m}."],
        "Stadtwerke München": ["Lastschrift Stadtwerke München Strom {m}/{y}",
                               "Lastschrift Stadtwerke München Gas {m}/{y}"],
        "Deutsche Bahn": ["DB Fernverkehr Ticket München–Berlin", "DB Deutschlandticket {m}/{y}",
                          "DB Sparpreis Köln {d}.{m}."],
        "東京電力": ["口座振替 東京電力 {m}月分"],
        "JR東日本": ["JR東日本 モバイルSuica チャージ", "JR東日本 新幹線 東京–仙台 {m}/{d}"],
        "Thames Water": ["Direct debit Thames Water {m}/{y}"],
        "Transport for London": ["TfL travel charge {d}/{m}", "TfL Oyster top-up {d}/{m}"],
        "Spotify 🎵": ["Spotify Premium {m}/{y}"],
    ]

    static func text(payee: String, isSalary: Bool, region: Int, posted: Int64) -> String {
        let days = Int(posted / 86_400_000)
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        let template: String
        if isSalary {
            template = salary[region % salary.count]
        } else if let wordings = payees[payee] {
            template = wordings[days % wordings.count]
        } else {
            template = card[region % card.count]
        }
        return fill(template, day: day, month: month, year: year, payee: payee)
    }

    /// The template with its placeholders replaced, in one pass over its bytes: Foundation's
    /// `replacingOccurrences`, four times per row, was a third of the time it took to generate the demo data.
    private static func fill(_ template: String, day: Int, month: Int, year: Int, payee: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(template.utf8.count + payee.utf8.count)
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "}") {
                switch bytes[index + 1] {
                case UInt8(ascii: "d"): appendTwoDigits(day, to: &out); index += 3; continue
                case UInt8(ascii: "m"): appendTwoDigits(month, to: &out); index += 3; continue
                case UInt8(ascii: "y"): out += String(year).utf8; index += 3; continue
                case UInt8(ascii: "p"): out += payee.utf8; index += 3; continue
                default: break
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendTwoDigits(_ value: Int, to out: inout [UInt8]) {
        if value < 10 { out.append(UInt8(ascii: "0")) }
        out += String(value).utf8
    }
}
