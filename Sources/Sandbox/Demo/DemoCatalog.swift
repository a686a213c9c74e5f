/// The fixed cast of the demo data: banks, users, accounts and the shops they pay. Names mix Finnish, German,
/// Japanese and emoji on purpose, so clients exercise wide and combining characters.
enum DemoCatalog {
    struct Region {
        let bank: BankRecord
        let currency: String
        /// Digits after the decimal point: 2 for EUR/GBP/USD, 0 for JPY.
        let decimals: Int
        let salary: String
        let shops: [String]
        let minimumSpend: Int
        let monthlySalary: Int
    }

    struct DemoAccount {
        let regionIndex: Int
        let id: String
        let label: String
        let type: String
        let owner: String
        /// Share of the generated transactions, in percent.
        let weight: Int
    }

    static let regions = [
        Region(bank: BankRecord(id: "bankterm.fi", shortName: "Pohjoinen Pankki", fullName: "Pohjoisen Säästöpankki Oyj",
                                logo: "https://static.example.com/pohjoinen.png", website: "https://pohjoinen.example.fi",
                                bankCode: "POHJFIHH"),
               currency: "EUR", decimals: 2, salary: "Palkka – Acme Oy",
               shops: ["K-Citymarket Käpylä", "S-market Töölö", "Alko Kamppi", "HSL Matkakortti", "Helen Sähkö Oy",
                       "Ravintola Säätö", "Fazer Café Kluuvikatu", "VR Junaliput"],
               minimumSpend: 250, monthlySalary: 385_000),
        Region(bank: BankRecord(id: "bankterm.de", shortName: "Musterbank", fullName: "Musterbank AG, Königsstraße 5",
                                logo: "https://static.example.com/musterbank.png", website: "https://musterbank.example.de",
                                bankCode: "MUSTDEFF"),
               currency: "EUR", decimals: 2, salary: "Gehalt – Beispiel GmbH",
               shops: ["Bäckerei Müller", "REWE Hauptstraße", "Deutsche Bahn", "Stadtwerke München",
                       "Café Größenwahn", "Dönerbude am Eck"],
               minimumSpend: 180, monthlySalary: 342_000),
        Region(bank: BankRecord(id: "bankterm.jp", shortName: "東京デモ銀行", fullName: "株式会社 東京デモ銀行",
                                logo: "https://static.example.com/tokyo-demo.png", website: "https://tokyo-demo.example.jp",
                                bankCode: "TKYDJPJT"),
               currency: "JPY", decimals: 0, salary: "給与 株式会社サンプル",
               shops: ["ローソン 東京駅", "セブン-イレブン 渋谷", "スターバックス 新宿", "JR東日本", "東京電力",
                       "ラーメン 一蘭"],
               minimumSpend: 150, monthlySalary: 420_000),
        Region(bank: BankRecord(id: "bankterm.uk", shortName: "Thames Demo Bank", fullName: "Thames Demo Bank plc",
                                logo: "https://static.example.com/thames.png", website: "https://thames.example.co.uk",
                                bankCode: "THMSGB2L"),
               currency: "GBP", decimals: 2, salary: "Salary – Example Ltd",
               shops: ["Tesco Express", "Pret A Manger", "Transport for London", "Spotify 🎵", "Thames Water",
                       "The Crown & Anchor 🍺"],
               minimumSpend: 199, monthlySalary: 310_000),
    ]

    /// username -> email; every user's password is `DemoCredentials.password`.
    static let users: [(username: String, email: String)] = [
        (DemoCredentials.username, "demo@bankterm.example"),
        ("aino", "aino.virtanen@bankterm.example"),
        ("juergen", "juergen.strasse@bankterm.example"),
        ("haruto", "haruto.tanaka@bankterm.example"),
    ]

    static let accounts = [
        DemoAccount(regionIndex: 0, id: "fi-kaytto-001", label: "Käyttötili", type: "CURRENT", owner: "demo", weight: 40),
        DemoAccount(regionIndex: 0, id: "fi-saasto-002", label: "Säästötili 🐷", type: "SAVINGS", owner: "demo", weight: 5),
        DemoAccount(regionIndex: 1, id: "de-giro-001", label: "Girokonto Straße", type: "CURRENT", owner: "demo", weight: 20),
        DemoAccount(regionIndex: 2, id: "jp-futsu-001", label: "東京 普通預金", type: "CURRENT", owner: "demo", weight: 15),
        DemoAccount(regionIndex: 3, id: "uk-current-001", label: "Travel ✈️ GBP", type: "CURRENT", owner: "demo", weight: 10),
        DemoAccount(regionIndex: 0, id: "fi-kaytto-101", label: "Ainon käyttötili", type: "CURRENT", owner: "aino", weight: 4),
        DemoAccount(regionIndex: 1, id: "de-giro-101", label: "Jürgens Girokonto", type: "CURRENT", owner: "juergen", weight: 3),
        DemoAccount(regionIndex: 2, id: "jp-futsu-101", label: "晴翔の口座", type: "CURRENT", owner: "haruto", weight: 3),
    ]

    static let tags = ["groceries", "travel", "work", "family", "ruoka", "urlaub", "出張"]
    static let comments = ["Jaettu kulu – maksettu takaisin ✅", "Rechnung für die Steuer aufheben",
                           "会社に経費精算する", "Split with Aino 👍"]
    static let narratives = ["Lounas tiimin kanssa", "Wocheneinkauf", "東京出張", "Birthday present 🎁"]
}
