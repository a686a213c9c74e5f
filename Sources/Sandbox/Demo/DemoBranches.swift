/// Two branches for each demo bank, in the import format, so `b` on a demo bank has something to show: weekday
/// and Saturday hours that differ, a closed Sunday, and names as wide as the banks' own.
enum DemoBranches {
    typealias Branch = OBPImportFile.Branch
    private static let weekdays = "Monday: 09:00 - 16:30</br>Tuesday: 09:00 - 16:30</br>Wednesday: 09:00 - 16:30</br>"
        + "Thursday: 09:00 - 18:00</br>Friday: 09:00 - 16:30"

    private static func branch(_ bank: String, _ id: String, _ name: String, street: String, city: String, postcode: String,
                               country: String, at location: (Double, Double), saturday: String?) -> Branch {
        Branch(id: id, bank_id: bank, name: name,
               address: .init(line_1: street, line_2: nil, line_3: nil, city: city, county: nil, state: nil,
                              post_code: postcode, country_code: country),
               location: .init(latitude: location.0, longitude: location.1),
               lobby: .init(hours: weekdays + (saturday.map { "</br>Saturday: \($0)" } ?? "") + "</br>Sunday: Closed"),
               drive_up: nil)
    }

    static let all: [Branch] = [
        branch("bankterm.fi", "fi-kamppi", "Kamppi", street: "Urho Kekkosen katu 1", city: "Helsinki", postcode: "00100",
               country: "FI", at: (60.1690, 24.9316), saturday: "10:00 - 14:00"),
        branch("bankterm.fi", "fi-tampere", "Tampere Keskustori", street: "Hämeenkatu 10", city: "Tampere",
               postcode: "33100", country: "FI", at: (61.4978, 23.7610), saturday: nil),
        branch("bankterm.de", "de-marienplatz", "Marienplatz", street: "Marienplatz 8", city: "München", postcode: "80331",
               country: "DE", at: (48.1374, 11.5755), saturday: "09:00 - 13:00"),
        branch("bankterm.de", "de-koenigstrasse", "Königsstraße", street: "Königsstraße 5", city: "Stuttgart",
               postcode: "70173", country: "DE", at: (48.7784, 9.1800), saturday: nil),
        branch("bankterm.jp", "jp-marunouchi", "丸の内支店", street: "丸の内1-1-1", city: "東京都千代田区", postcode: "100-0005",
               country: "JP", at: (35.6812, 139.7671), saturday: nil),
        branch("bankterm.jp", "jp-shibuya", "渋谷支店 🌸", street: "道玄坂2-1", city: "東京都渋谷区", postcode: "150-0043",
               country: "JP", at: (35.6580, 139.6994), saturday: "10:00 - 15:00"),
        branch("bankterm.uk", "uk-bank", "Bank Junction", street: "1 Poultry", city: "London", postcode: "EC2R 8EJ",
               country: "GB", at: (51.5133, -0.0890), saturday: nil),
        branch("bankterm.uk", "uk-leeds", "Leeds Briggate", street: "50 Briggate", city: "Leeds", postcode: "LS1 6HD",
               country: "GB", at: (53.7983, -1.5420), saturday: "09:00 - 12:30"),
    ]
}
