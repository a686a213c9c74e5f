/// Account attributes as OBP's v3.1.0+ account and attribute JSON shows them.
enum AccountAttributeRenderer {
    static func attribute(_ a: AccountAttributeRecord) -> JSON {
        .obj([
            "product_code": .string(a.productCode), "account_attribute_id": .string(a.id), "name": .string(a.name),
            "type": .string(a.type), "value": .string(a.value), "product_instance_code": .string(a.productInstanceCode),
        ])
    }

    static func list(_ attributes: [AccountAttributeRecord]) -> JSON {
        .array(attributes.map(attribute))
    }
}
