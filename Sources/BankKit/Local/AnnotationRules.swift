/// The checks an annotation must pass before it is stored, the same that OBP applies on its side, so that a tag made
/// locally could later be sent to OBP unchanged.
enum AnnotationRules {
    static func checkTag(_ value: String) throws(BankError) {
        guard !value.isEmpty, !value.contains(where: \.isWhitespace) else {
            throw BankError(kind: .invalidInput, message: "a tag must be one word without spaces: \"\(value)\"")
        }
    }

    static func checkComment(_ value: String) throws(BankError) {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BankError(kind: .invalidInput, message: "a comment cannot be empty")
        }
    }

    static func checkLocation(_ location: GeoTag) throws(BankError) {
        guard (-90...90).contains(location.latitude), (-180...180).contains(location.longitude) else {
            throw BankError(kind: .invalidInput, message: "latitude must be in -90...90 and longitude in -180...180")
        }
    }
}
