/// A bank's rate from one currency to another, as OBP's FX endpoints show it. Values are decimal texts.
struct FXRateRecord: Sendable {
    let bankID: String
    let from: String
    let to: String
    let conversionValue: String
    let inverseConversionValue: String
    let effectiveDate: Int64
}
