/// OBP's dynamic entity errors (OBP-09xxx), texts from OBP's ErrorMessages.
extension OBPError {
    /// OBP-09007 with OBP's explanation after it.
    static func dynamicEntityInvalid(_ detail: String) -> OBPError {
        OBPError(status: 400, message: "OBP-09007: DynamicEntity data validation failure. \(detail)")
    }

    static let dynamicEntityNotFound = OBPError(
        status: 404, message: "OBP-09001: DynamicEntity not found. Please specify a valid value for DYNAMIC_ENTITY_ID.")

    static func dynamicEntityNameTaken(_ name: String, bankID: String?) -> OBPError {
        OBPError(status: 400, message: "OBP-09002: DynamicEntity's entityName already exists. Please specify a different "
                 + "value for entityName. current entityName is '\(name)'" + (bankID.map { " bankId is \($0)." } ?? "."))
    }

    static let dynamicEntityHasData = OBPError(
        status: 400, message: "OBP-09006: Operation is not allowed, because Current DynamicEntity have upload data, "
            + "must to delete all the data before this operation.")

    static let dynamicRecordNotFound = OBPError(
        status: 404, message: "OBP-09005: Entity not found. Please specify a valid value for entityId.")

    /// A record id posted twice: OBP's database refuses it and OBP answers with its internal error.
    static func dynamicRecordIDTaken(_ field: String, _ id: String) -> OBPError {
        OBPError(status: 400, message: "OBP-50015: The server encountered an unexpected condition which prevented it "
                 + "from fulfilling the request. \(field) '\(id)' already exists.")
    }

    /// The role of a generated endpoint, as `NewStyle.hasEntitlement` names it.
    static func missingDynamicEntityRole(_ role: String, bankID: String?) -> OBPError {
        OBPError(status: 403, message: "OBP-20006: User is missing one or more roles: \(role)"
                 + (bankID.map { " at Bank(\($0))" } ?? ""))
    }
}
