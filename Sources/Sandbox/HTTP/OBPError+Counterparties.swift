/// The errors of counterparties and their metadata.
extension OBPError {
    /// OBP's own text, without an OBP code (APIMethods121's location endpoints).
    static let coordinatesNotPossible = OBPError(status: 400, message: "Coordinates not possible")
    static let invalidIBAN = OBPError(status: 400, message: "OBP-10033: Invalid IBAN.")

    static func valueTooLong(_ field: String, max: Int) -> OBPError {
        OBPError(status: 400, message: "OBP-20010: Value too long. The maximum length of `\(field)` field is \(max)")
    }
}
