/// JSON written straight to bytes, for the shapes a page repeats fifty times: building a `JSON` tree for each
/// transaction, walking it and freeing it cost more than the writing itself. Commas are placed by looking at the
/// last byte written, so callers only say what comes next.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
    }

    mutating func endObject() { bytes.append(UInt8(ascii: "}")) }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
    }

    mutating func endArray() { bytes.append(UInt8(ascii: "]")) }

    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func string(_ value: String) {
        separate()
        JSON.writeString(value, into: &bytes)
    }

    /// A string, or null when the view hides it.
    mutating func string(_ value: String, visible: Bool) {
        visible ? string(value) : null()
    }

    /// A timestamp in OBP's form, written in place, or null when the view hides it.
    mutating func timestamp(_ millis: Int64, visible: Bool) {
        guard visible else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        Timestamp.write(millis, into: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    mutating func value(_ json: JSON) {
        separate()
        json.write(into: &bytes)
    }

    /// A comma before a key or an element, unless it opens its object or array or follows its key.
    private mutating func separate() {
        guard let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "["), last != UInt8(ascii: ":")
        else { return }
        bytes.append(UInt8(ascii: ","))
    }
}
