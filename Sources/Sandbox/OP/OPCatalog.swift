/// The Finnish-flavoured material the OP demo data is made from.
enum OPCatalog {
    enum AccountKind: Sendable {
        case current, savings, business
    }

    struct AccountPlan: Sendable {
        let name: String
        let kind: AccountKind
        let transactions: Int
        /// Opening balance in cents.
        let opening: Int
    }

    struct Party: Sendable {
        let name: String
        /// The first digits of the party's bank code (1 Nordea, 5 OP, 8 Danske Bank, 3 S-Pankki...).
        let bankPrefix: String
        let bic: String
    }

    static let bic = "OKOYFIHH"

    /// Per sandbox customer, in the order of `OPSandbox.customers`.
    static let plans: [[AccountPlan]] = [
        [AccountPlan(name: "KÄYTTÖTILI", kind: .current, transactions: 140, opening: 185_000),
         AccountPlan(name: "SÄÄSTÖTILI", kind: .savings, transactions: 24, opening: 820_000)],
        [AccountPlan(name: "KÄYTTÖTILI", kind: .current, transactions: 110, opening: 92_500),
         AccountPlan(name: "YRITYSTILI", kind: .business, transactions: 80, opening: 1_450_000)],
        [AccountPlan(name: "KÄYTTÖTILI", kind: .current, transactions: 160, opening: 240_000),
         AccountPlan(name: "SÄÄSTÖTILI", kind: .savings, transactions: 30, opening: 560_000),
         AccountPlan(name: "ASP-TILI", kind: .savings, transactions: 12, opening: 1_200_000)],
        [AccountPlan(name: "KÄYTTÖTILI", kind: .current, transactions: 90, opening: 48_000)],
    ]

    static let shops: [Party] = [
        Party(name: "K-Citymarket Tampere", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "S-Market Kamppi", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Lidl Hervanta", bankPrefix: "8", bic: "DABAFIHH"),
        Party(name: "Alepa Kallio", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "R-Kioski Sörnäinen", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "Ravintola Juuri", bankPrefix: "3", bic: "SBANFIHH"),
        Party(name: "HSL Matkakortti", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "VR Junaliput", bankPrefix: "8", bic: "DABAFIHH"),
        Party(name: "Apteekki Hämeenkatu", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Stockmann Helsinki", bankPrefix: "1", bic: "NDEAFIHH"),
    ]

    static let bills: [Party] = [
        Party(name: "Helen Oy (sähkö)", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Elisa Oyj", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "Asunto Oy Koivukuja", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Pohjola Vakuutus", bankPrefix: "5", bic: "OKOYFIHH"),
    ]

    static let employers: [Party] = [
        Party(name: "Tampereen kaupunki", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Nokia Oyj", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "Kesko Oyj", bankPrefix: "8", bic: "DABAFIHH"),
        Party(name: "Valio Oy", bankPrefix: "5", bic: "OKOYFIHH"),
    ]

    static let customersOfBusiness: [Party] = [
        Party(name: "Puutyö Laine Oy", bankPrefix: "5", bic: "OKOYFIHH"),
        Party(name: "Kahvila Aurora", bankPrefix: "1", bic: "NDEAFIHH"),
        Party(name: "Rakennus Heikkinen Ky", bankPrefix: "8", bic: "DABAFIHH"),
    ]

    static let purchaseMessages = ["Korttiosto", "Korttiosto, lähimaksu", "Verkkokauppaostos", "Ostos"]
    static let billMessages = ["Sähkölasku", "Puhelinlasku", "Vastike", "Vakuutusmaksu"]
    static let businessMessages = ["Lasku", "Myyntitulo", "Ennakkomaksu", "Tilitys"]
    static let savingsMessages = ["Siirto säästöön", "Kuukausisäästö", "Nosto käyttötilille", "Korko"]
}
