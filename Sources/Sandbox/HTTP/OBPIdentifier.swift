/// OBP's rule for the ids in a path (banks, accounts, views): only 0-9, a-z, A-Z, '-', '.', '_', shorter than 255
/// characters.
enum OBPIdentifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count < 255 && id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
        }
    }
}
