import BankKit
import Foundation

/// The data golden screens are drawn from: wide characters (日本語, emoji, Käyttötili), an alias counterparty,
/// and a public view that hides amounts, balances and annotations.
enum Fixture {
    static let user = User(id: "u-1", username: "aino.virtanen", email: "aino@example.com")

    static let banks = [
        Bank(id: "fi.pohjoinen", shortName: "Pohjoinen", fullName: "Pohjoinen Pankki Oyj", website: "https://pohjoinen.example"),
        Bank(id: "jp.tokyo", shortName: "東京デモ銀行", fullName: "東京デモ銀行株式会社"),
        Bank(id: "de.muster", shortName: "Musterbank", fullName: "Musterbank AG"),
    ]

    static let everything: Set<ViewPermission> = [
        .canSeeTransactionAmount, .canSeeTransactionBalance, .canSeeTransactionDescription,
        .canSeeOtherAccountNumber, .canSeeTags, .canSeeComments, .canSeeOwnerComment, .canSeeWhereTag,
        .canSeeImages, .canAddTag, .canDeleteTag, .canAddComment, .canDeleteComment, .canEditOwnerComment,
        .canAddWhereTag, .canDeleteWhereTag, "can_add_transaction_request_to_own_account",
    ]

    static let views = [
        ViewSummary(id: "owner", shortName: "Owner", description: "The account holder", isSystem: true,
                    permissions: everything),
        ViewSummary(id: "accountant", shortName: "Accountant", isSystem: true, permissions: [
            .canSeeTransactionAmount, .canSeeTransactionBalance, .canSeeTransactionDescription, .canSeeTags,
            .canSeeComments, .canAddTag, .canAddComment, .canDeleteTag, .canDeleteComment,
        ]),
        ViewSummary(id: "_public", shortName: "Public", isPublic: true, permissions: [.canSeeTransactionDescription]),
    ]

    static let account = AccountRef(bankID: "fi.pohjoinen", accountID: "fi-kt-001")

    static let accounts = [
        Account(ref: account, label: "Käyttötili", number: "FI21 1234 5600 0007 85", owners: ["Aino Virtanen"],
                type: "CURRENT", balance: Money(amount: Decimal(string: "2418.37")!, currency: "EUR"), views: views),
        Account(ref: AccountRef(bankID: "fi.pohjoinen", accountID: "fi-sav-002"), label: "Säästötili 🐷",
                number: "FI55 9876 5400 0001 23", type: "SAVINGS",
                balance: Money(amount: Decimal(string: "-12.50")!, currency: "EUR"), views: views),
    ]

    static let count = 60
    static let epoch = Date(timeIntervalSince1970: 1_735_689_600) // 2025-01-01T00:00:00Z

    static let merchants = ["K-Market Kallio", "東京ラーメン 🍜", "Alepa", "Ravintola Käyttö", "HSL"]

    /// Transaction `index` (0 is the newest) as `view` shows it.
    static func transaction(_ index: Int, view: ViewID) -> Transaction {
        let isPublic = view == "_public"
        let isOwner = view == "owner"
        let cents = index % 7 == 3 ? 250_000 : -(Decimal(index * 137 % 9000 + 150) as NSDecimalNumber).intValue
        let amount = Decimal(cents) / 100
        let balance = Decimal(241_837 - index * 1_013) / 100
        let merchant = merchants[index % merchants.count]
        let counterparty = Counterparty(
            id: CounterpartyID("cp-\(index % 5)"), holderName: isPublic ? "Merchant \(index % 5)" : merchant, isAlias: isPublic,
            number: isPublic ? nil : "FI00 \(1000 + index)", kind: isOwner ? "merchant" : nil,
            iban: isOwner ? "FI00 \(1000 + index) 00" : nil, bankName: nil)
        let metadata: TransactionMetadata
        if isPublic {
            metadata = TransactionMetadata(narrative: nil, tags: nil, comments: nil, images: nil, whereTag: .hidden)
        } else if index == 0 {
            metadata = TransactionMetadata(
                narrative: isOwner ? "Lounas asiakkaan kanssa – kuitti tallessa" : nil,
                tags: [Tag(id: "t1", value: "lounas", date: epoch, author: "aino.virtanen"),
                       Tag(id: "t2", value: "työ", date: epoch, author: "aino.virtanen")],
                comments: [Comment(id: "c1", value: "Sovittu 日本語 asiakkaan kanssa ✅", date: epoch, author: "aino.virtanen")],
                images: isOwner ? [] : nil,
                whereTag: isOwner ? .value(GeoTag(latitude: 60.16952, longitude: 24.93545, date: epoch, author: "aino.virtanen")) : .hidden)
        } else {
            metadata = TransactionMetadata(narrative: isOwner ? "" : nil, tags: index % 4 == 1 ? [Tag(id: "t\(index)", value: "ruoka")] : [],
                                           comments: [], images: isOwner ? [] : nil,
                                           whereTag: isOwner ? .absent : .hidden)
        }
        let posted = epoch.addingTimeInterval(-Double(index) * 86_400 * 1.5)
        return Transaction(
            id: TransactionID(String(format: "tx-%04d-5f1c-4a0e-9b1d", index)), account: account, counterparty: counterparty,
            type: "CARD_PAYMENT", description: index == 0 ? "☕ Kahvila Käyttö – lounas 日本語" : "\(merchant) #\(index)",
            posted: posted, completed: posted.addingTimeInterval(3600),
            value: isPublic ? nil : Money(amount: amount, currency: "EUR"),
            newBalance: isPublic ? nil : Money(amount: balance, currency: "EUR"), metadata: metadata)
    }

    static func page(view: ViewID, offset: Int, limit: Int) -> Page<Transaction> {
        let end = min(count, offset + limit)
        let items = offset < end ? (offset..<end).map { transaction($0, view: view) } : []
        return Page(items: items, request: PageRequest(limit: limit, offset: offset))
    }
}
