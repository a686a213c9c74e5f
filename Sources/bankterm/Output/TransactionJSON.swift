import BankKit
import BrowserModel
import Foundation

/// A transaction as `JSONRecords.transaction` describes it, written through a `JSONByteWriter`: the same keys and
/// values, in sorted order, without the dictionary. A test holds the two to the same bytes.
enum TransactionJSON {
    /// What one page's transactions share, as written once: a page repeats a handful of counterparties and
    /// metadata, and the decoder gives equal ones one box (`Transaction.sharedCounterparty`), so a box's bytes
    /// are copied instead of written again. Kept for one page and one writer (the bytes are copied from its
    /// output), while its transactions hold every box alive: a box
    /// freed and another made at its address would otherwise find the first one's bytes.
    struct Repeats {
        fileprivate var written: [ObjectIdentifier: JSONByteWriter.Written] = [:]
    }

    static func write(_ tx: Transaction, to json: inout JSONByteWriter, repeats: inout Repeats) {
        json.beginObject()
        json.key("account_id"); json.string(tx.account.accountID)
        json.key("bank_id"); json.string(tx.account.bankID)
        json.key("completed"); date(tx.completed, to: &json)
        json.key("counterparty")
        if let party = tx.sharedCounterparty {
            once(party, in: &repeats, to: &json) { counterparty(party.value, to: &$0) }
        } else {
            json.null()
        }
        json.key("description"); json.string(tx.description)
        json.key("id"); json.string(tx.id)
        json.key("metadata")
        once(tx.sharedMetadata, in: &repeats, to: &json) { metadata(tx.sharedMetadata.value, to: &$0) }
        json.key("new_balance"); money(tx.newBalance, to: &json)
        json.key("posted"); date(tx.posted, to: &json)
        json.key("type"); json.string(tx.type)
        json.key("value"); money(tx.value, to: &json)
        json.endObject()
    }

    /// `write`'s bytes for `box`, written the first time and copied after.
    private static func once(_ box: AnyObject, in repeats: inout Repeats, to json: inout JSONByteWriter,
                             _ write: (inout JSONByteWriter) -> Void) {
        let key = ObjectIdentifier(box)
        if let written = repeats.written[key] { return json.repeatValue(written) }
        repeats.written[key] = json.writing(write)
    }

    private static func counterparty(_ party: Counterparty, to json: inout JSONByteWriter) {
        json.beginObject()
        json.key("bank_name"); json.string(party.bankName)
        json.key("holder"); json.string(party.holderName)
        json.key("iban"); json.string(party.iban)
        json.key("id"); json.string(party.id)
        json.key("is_alias"); json.bool(party.isAlias)
        json.key("kind"); json.string(party.kind)
        json.key("number"); json.string(party.number)
        json.endObject()
    }

    private static func metadata(_ metadata: TransactionMetadata, to json: inout JSONByteWriter) {
        json.beginObject()
        json.key("comments")
        list(metadata.comments, to: &json) { comment, json in
            note(author: comment.author, date: comment.date, id: comment.id, value: comment.value, to: &json)
        }
        json.key("images")
        list(metadata.images, to: &json) { image, json in
            json.beginObject()
            json.key("author"); json.string(image.author)
            json.key("date"); date(image.date, to: &json)
            json.key("id"); json.string(image.id)
            json.key("label"); json.string(image.label)
            json.key("url"); json.string(image.url)
            json.endObject()
        }
        json.key("local"); json.bool(metadata.isLocal)
        json.key("narrative"); json.string(metadata.narrative)
        json.key("tags")
        list(metadata.tags, to: &json) { tag, json in
            note(author: tag.author, date: tag.date, id: tag.id, value: tag.value, to: &json)
        }
        json.key("where")
        if case .value(let geo) = metadata.whereTag {
            json.beginObject()
            json.key("author"); json.string(geo.author)
            json.key("date"); date(geo.date, to: &json)
            json.key("latitude"); json.number(geo.latitude)
            json.key("longitude"); json.number(geo.longitude)
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }

    /// A tag or a comment: the same four keys.
    private static func note(author: String?, date value: Date?, id: String, value text: String,
                             to json: inout JSONByteWriter) {
        json.beginObject()
        json.key("author"); json.string(author)
        json.key("date"); date(value, to: &json)
        json.key("id"); json.string(id)
        json.key("value"); json.string(text)
        json.endObject()
    }

    /// nil (hidden by the view) as null, else an array, empty or not.
    private static func list<Element>(_ items: [Element]?, to json: inout JSONByteWriter,
                                      _ element: (Element, inout JSONByteWriter) -> Void) {
        guard let items else { return json.null() }
        json.beginArray()
        for item in items { element(item, &json) }
        json.endArray()
    }

    private static func money(_ money: Money?, to json: inout JSONByteWriter) {
        guard let money else { return json.null() }
        json.beginObject()
        json.key("amount"); json.string(DisplayFormat.amount(money))
        json.key("currency"); json.string(money.currency)
        json.endObject()
    }

    private static func date(_ date: Date?, to json: inout JSONByteWriter) {
        guard let date else { return json.null() }
        OBPDate.withFormatted(date) { json.string(utf8: $0) }
    }
}
