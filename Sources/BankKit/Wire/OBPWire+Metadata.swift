import Foundation

extension OBPWire {
    /// A transaction's `metadata` object. A null list means the view cannot see that kind of annotation.
    /// OBP sends `where: null` both when the view hides it and when there is none; a view that shows the other
    /// annotations is taken to show `where` too, so null there reads as "none".
    static func metadata(_ object: JSONObject) -> TransactionMetadata {
        let tags = object.objects("tags")?.compactMap(tag)
        let comments = object.objects("comments")?.compactMap(comment)
        let images = object.objects("images")?.compactMap(image)
        let whereTag: Moderated<GeoTag>
        if let geo = object.object("where").flatMap(geoTag) {
            whereTag = .value(geo)
        } else if tags != nil || comments != nil || images != nil {
            whereTag = .absent
        } else {
            whereTag = .hidden
        }
        return TransactionMetadata(narrative: object.string("narrative"), tags: tags, comments: comments,
                                   images: images, whereTag: whereTag)
    }

    static func tag(_ object: JSONObject) -> Tag? {
        guard let id = object.string("id"), let value = object.string("value") else { return nil }
        return Tag(id: id, value: value, date: object.date("date"), author: author(object))
    }

    static func comment(_ object: JSONObject) -> Comment? {
        guard let id = object.string("id"), let value = object.string("value") else { return nil }
        return Comment(id: id, value: value, date: object.date("date"), author: author(object))
    }

    static func image(_ object: JSONObject) -> TransactionImage? {
        guard let id = object.string("id") else { return nil }
        return TransactionImage(id: id, label: object.string("label") ?? "",
                                url: object.string("URL") ?? object.string("url") ?? "",
                                date: object.date("date"), author: author(object))
    }

    static func geoTag(_ object: JSONObject) -> GeoTag? {
        guard let latitude = object.double("latitude"), let longitude = object.double("longitude") else { return nil }
        return GeoTag(latitude: latitude, longitude: longitude, date: object.date("date"), author: author(object))
    }

    /// The answer to POST `.../metadata/tags`: the new tag.
    public static func tag(_ data: Data) throws(BankError) -> Tag {
        guard let tag = tag(try top(data, "tag")) else {
            throw BankError(kind: .badResponse, message: "tag: missing \"id\" or \"value\"")
        }
        return tag
    }

    public static func comment(_ data: Data) throws(BankError) -> Comment {
        guard let comment = comment(try top(data, "comment")) else {
            throw BankError(kind: .badResponse, message: "comment: missing \"id\" or \"value\"")
        }
        return comment
    }

    public static func image(_ data: Data) throws(BankError) -> TransactionImage {
        guard let image = image(try top(data, "image")) else {
            throw BankError(kind: .badResponse, message: "image: missing \"id\"")
        }
        return image
    }

    /// GET `.../metadata/tags`: `{"tags": [...]}`; OBP's own example shows one bare tag, so that is accepted too.
    public static func tags(_ data: Data) throws(BankError) -> [Tag] {
        let top = try top(data, "tags")
        if let tags = top.objects("tags") { return tags.compactMap(tag) }
        return tag(top).map { [$0] } ?? []
    }

    public static func comments(_ data: Data) throws(BankError) -> [Comment] {
        try list(top(data, "comments"), "comments", "comments").compactMap(comment)
    }

    public static func images(_ data: Data) throws(BankError) -> [TransactionImage] {
        try list(top(data, "images"), "images", "images").compactMap(image)
    }

    /// GET `.../metadata/narrative`: nil when there is none.
    public static func narrative(_ data: Data) throws(BankError) -> String? {
        try top(data, "narrative").string("narrative")
    }

    /// GET `.../metadata/where`: nil when there is none.
    public static func whereTag(_ data: Data) throws(BankError) -> GeoTag? {
        try top(data, "where").object("where").flatMap(geoTag)
    }
}
