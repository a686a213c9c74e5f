import Foundation

extension Annotation {
    /// Checks typed text, in the browser's prompts and the CLI alike: a tag has no white space (OBP refuses it),
    /// a where is `lat, lon` within range.
    public static func validated(_ kind: Kind, text: String) -> Result<Annotation, ValidationError> {
        let trimmed = text.trimmingWhitespace()
        switch kind {
        case .addTag:
            if trimmed.isEmpty { return .failure(ValidationError(message: "type a tag")) }
            if trimmed.contains(where: \.isWhitespace) {
                return .failure(ValidationError(message: "a tag cannot contain white space"))
            }
            return .success(.addTag(trimmed))
        case .addComment:
            return trimmed.isEmpty
                ? .failure(ValidationError(message: "type a comment")) : .success(.addComment(trimmed))
        case .setNarrative:
            // Cleared and saved, it is removed: the browser has no other way to remove one.
            return .success(.setNarrative(trimmed))
        case .setWhere:
            let parts = trimmed.split(separator: ",").map { String($0).trimmingWhitespace() }
            guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
                  latitude.isFinite, longitude.isFinite else {
                return .failure(ValidationError(message: "type lat, lon, e.g. 60.17, 24.94"))
            }
            guard (-90...90).contains(latitude) else {
                return .failure(ValidationError(message: "latitude must be between -90 and 90"))
            }
            guard (-180...180).contains(longitude) else {
                return .failure(ValidationError(message: "longitude must be between -180 and 180"))
            }
            return .success(.setWhere(latitude: latitude, longitude: longitude))
        case .addImage:
            return validatedImage(trimmed)
        case .deleteTag, .deleteComment, .deleteWhere, .deleteImage:
            return .failure(ValidationError(message: "a deletion has no text"))
        }
    }
}

extension Annotation {
    /// `URL [label]`: the link first, then any words as its label. OBP refuses a URL that is not http(s).
    private static func validatedImage(_ text: String) -> Result<Annotation, ValidationError> {
        let url = String(text.prefix { !$0.isWhitespace })
        let label = String(text.dropFirst(url.count)).trimmingWhitespace()
        if url.isEmpty { return .failure(ValidationError(message: "type an image URL, then a label")) }
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
              parsed.host?.isEmpty == false else {
            return .failure(ValidationError(message: "an image URL starts with http:// or https://"))
        }
        return .success(.addImage(url: url, label: label))
    }
}

extension Annotation {
    /// The text to send for a typed change, trimmed, or the refusal as a thrown `ValidationError` (for the CLI).
    public static func checkedText(_ kind: Kind, _ text: String) throws(ValidationError) -> String {
        try validated(kind, text: text).get().typedText ?? text
    }
}
