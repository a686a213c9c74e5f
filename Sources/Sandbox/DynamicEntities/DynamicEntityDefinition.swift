import BankKit

/// One entity definition as OBP accepts it (`DynamicEntityCommons.apply`):
/// `{"FooBar": {"description": "..", "required": ["name"], "properties": {"name": {"type": "string", "example": ..}}},
///   "hasPersonalEntity": true}`. Parsing checks OBP's rules in OBP's order and fails with OBP-09007 and OBP's text.
struct DynamicEntityDefinition: Sendable {
    struct Property: Sendable {
        let name: String
        let type: DynamicEntityFieldType
        let minLength: Int?
        let maxLength: Int?
        let example: JSONValue
        let description: String?
    }

    let name: String
    let description: String?
    let required: [String]
    let properties: [Property]
    /// The body as it was posted: OBP stores and sends it back as is.
    let body: JSONValue

    init(_ body: JSONValue) throws(OBPError) {
        guard case .object(let fields) = body else { throw OBPError.invalidJSON }
        func check(_ condition: Bool, _ message: @autoclosure () -> String) throws(OBPError) {
            if !condition { throw OBPError.dynamicEntityInvalid(message()) }
        }
        try check(!fields.isEmpty, "The Json root object should have a single entity, but current have none.")
        try check(fields.count <= 2, "The Json root object should at most two fields: entity and hasPersonalEntity, "
                  + "but current entityNames: \(fields.map(\.key).joined(separator: ",  "))")
        if let personal = fields.first(where: { $0.key == "hasPersonalEntity" })?.value {
            guard case .bool = personal else { throw OBPError.invalidJSON }
        }
        guard let (name, entity) = fields.first(where: { $0.key != "hasPersonalEntity" }).map({ ($0.key, $0.value) }) else {
            throw OBPError.dynamicEntityInvalid("The Json root object should have a single entity, but current have none.")
        }
        try check(DynamicEntityName.isValid(name),
                  "The entity name should contains characters [-_A-Za-z0-9], but current entity name: \(name)")
        guard case .object = entity else {
            throw OBPError.dynamicEntityInvalid("The \(name) should have an object value, but current value is: \(entity.text(pretty: false))")
        }
        guard let requiredValue = entity["required"] else {
            throw OBPError.dynamicEntityInvalid("There must be 'required' field in \(name), and type is json array[string]")
        }
        guard case .array(let requiredItems) = requiredValue, requiredItems.allSatisfy({ $0.stringValue != nil }) else {
            throw OBPError.dynamicEntityInvalid("The 'required' field's type of \(name) should be array[string]")
        }
        let required = requiredItems.compactMap(\.stringValue)
        try Self.checkDescription(entity["description"], "The 'description' field in \(name)")
        // OBP's text for a missing `properties` repeats the one for `required`.
        guard let propertiesValue = entity["properties"] else {
            throw OBPError.dynamicEntityInvalid("There must be 'required' field in \(name), and type is array[string]")
        }
        guard case .object(let propertyFields) = propertiesValue else {
            throw OBPError.dynamicEntityInvalid("The 'properties' field's type of \(name) should be json object")
        }
        let missing = required.filter { field in !propertyFields.contains { $0.key == field } }
        try check(missing.isEmpty, "missing properties: \(missing.joined(separator: ", "))")
        var properties = [Property]()
        for (field, value) in propertyFields {
            properties.append(try Self.property(field, value, entity: name))
        }
        (self.name, self.required, self.properties, self.body) = (name, required, properties, body)
        description = entity["description"]?.stringValue
    }

    private static func property(_ field: String, _ value: JSONValue, entity: String) throws(OBPError) -> Property {
        guard DynamicEntityName.isValid(field) else {
            throw OBPError.dynamicEntityInvalid("The field name should contains characters [-_A-Za-z0-9], the wrong field name: \(field)")
        }
        guard case .object = value else {
            throw OBPError.dynamicEntityInvalid("The property of \(field)'s type should be json object")
        }
        guard let typeName = value["type"]?.stringValue, !typeName.isEmpty else {
            throw OBPError.dynamicEntityInvalid("The property of \(field)'s 'type' field should be exists and type is json string")
        }
        guard let type = DynamicEntityFieldType(rawValue: typeName) else {
            throw OBPError.dynamicEntityInvalid("The property of \(field)'s 'type' field should be one of these string value: "
                                                + DynamicEntityFieldType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var minLength: Int?, maxLength: Int?
        if type == .string {
            minLength = try length(value["minLength"], "minLength", reportedAs: "minLength")
            // OBP's text for a negative maxLength names minLength.
            maxLength = try length(value["maxLength"], "maxLength", reportedAs: "minLength")
            if let minLength, let maxLength, minLength >= maxLength {
                throw OBPError.dynamicEntityInvalid("The property of minLength value should be less than maxLength, "
                                                    + "minLength: \(minLength), maxLength: \(maxLength)")
            }
        }
        guard let example = value["example"] else {
            throw OBPError.dynamicEntityInvalid("The property of \(field)'s 'example' field should be exists")
        }
        guard type.accepts(example) else {
            throw OBPError.dynamicEntityInvalid("The value of \(field)'s 'example' is wrong, \(type.wrongTypeMessage)")
        }
        try checkDescription(value["description"], "The property of \(field)'s 'description' field in \(entity)")
        return Property(name: field, type: type, minLength: minLength, maxLength: maxLength, example: example,
                        description: value["description"]?.stringValue)
    }

    private static func length(_ value: JSONValue?, _ name: String, reportedAs negativeName: String) throws(OBPError) -> Int? {
        guard let value else { return nil }
        guard case .number(let text) = value, let length = Int(text) else {
            throw OBPError.dynamicEntityInvalid("The property of \(name)'s 'type' should be integer")
        }
        guard length >= 0 else {
            throw OBPError.dynamicEntityInvalid("The property of \(negativeName) value should be non-negative integer, current value: \(length)")
        }
        return length
    }

    /// A description is optional, but when given it is a string that is not empty.
    private static func checkDescription(_ value: JSONValue?, _ subject: String) throws(OBPError) {
        guard let value else { return }
        guard case .string(let text) = value else { throw OBPError.dynamicEntityInvalid("\(subject) must be string type.") }
        guard !text.isEmpty else { throw OBPError.dynamicEntityInvalid("\(subject) must be a not empty string value.") }
    }

    /// OBP's check of a record against the definition (`DynamicEntityT.validateEntityJson`): the required fields
    /// are there (a null counts), and each defined field that has a value has the defined type and length. Fields
    /// the definition does not name are kept as sent. Fails with every problem at once, as OBP does.
    func validate(_ record: [(key: String, value: JSONValue)]) throws(OBPError) {
        let missing = required.filter { field in !record.contains { $0.key == field } }
        guard missing.isEmpty else {
            throw OBPError.dynamicEntityInvalid("details: The 'required' field's not be fulfilled, missing properties: "
                                                + missing.joined(separator: ", "))
        }
        var problems = [String]()
        for property in properties {
            guard let value = record.first(where: { $0.key == property.name })?.value, value != .null else { continue }
            guard property.type.accepts(value) else {
                problems.append("The value of '\(property.name)' is wrong, \(property.type.wrongTypeMessage)")
                continue
            }
            // Java counts a string's length in UTF-16 units.
            if case .string(let text) = value, property.minLength != nil || property.maxLength != nil,
               text.utf16.count < property.minLength ?? 0 || text.utf16.count > property.maxLength ?? .max {
                var message = "The \(property.name)'s value length is not correct"
                if let minLength = property.minLength { message += ", minLength: \(minLength)" }
                if let maxLength = property.maxLength { message += ", maxLength: \(maxLength)" }
                problems.append(message + ".")
            }
        }
        guard problems.isEmpty else { throw OBPError.dynamicEntityInvalid("details: " + problems.joined(separator: "; ")) }
    }
}
