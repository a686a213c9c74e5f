/// An attribute of an account (`POST .../products/P/attribute`, or copied from its product when it is made).
struct AccountAttributeRecord: Sendable {
    let id: String
    let bankID: String
    let accountID: String
    let productCode: String
    let name: String
    /// STRING, INTEGER, DOUBLE or DATE_WITH_DAY.
    let type: String
    let value: String
    let productInstanceCode: String
}
