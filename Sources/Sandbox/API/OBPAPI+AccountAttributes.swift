import Foundation
import GRDB

/// Account attributes: `POST .../accounts/A/products/P/attribute` (CanCreateAccountAttributeAtOneBank) and
/// `PUT .../products/P/attributes/ID` (CanUpdateAccountAttribute), typed STRING, INTEGER, DOUBLE or DATE_WITH_DAY
/// with OBP's value checks; they show in the account's JSON. And a product's attributes, which new accounts of
/// the product copy.
extension OBPAPI {
    func createAccountAttribute(_ call: APICall) async throws -> APIResponse {
        .created(try await saveAttribute(call, id: nil, role: .canCreateAccountAttributeAtOneBank))
    }

    func updateAccountAttribute(_ call: APICall) async throws -> APIResponse {
        .created(try await saveAttribute(call, id: call.param("attribute"), role: .canUpdateAccountAttribute))
    }

    private func saveAttribute(_ call: APICall, id: String?, role: Role) async throws -> JSON {
        let userID = try call.requireUser()
        let body = try call.jsonBody()
        guard let name = body["name"] as? String, !name.isEmpty, let type = body["type"] as? String,
              let value = body["value"] as? String else { throw OBPError.invalidJSON }
        guard Self.attributeValue(value, fits: type) else {
            throw OBPError.invalidJSON("The `type` field can only accept STRING, INTEGER, DOUBLE and DATE_WITH_DAY(2012-04-23), with a value of that type.")
        }
        let (bankID, accountID, product) = (call.param("bank"), call.param("account"), call.param("product"))
        let record = AccountAttributeRecord(id: id ?? UUID().uuidString.lowercased(), bankID: bankID, accountID: accountID,
                                            productCode: product, name: name, type: type, value: value,
                                            productInstanceCode: body["product_instance_code"] as? String ?? "")
        try await store.write { db in
            _ = try ViewAccess.resolveAccount(db, bankID: bankID, accountID: accountID)
            try Self.requireRole(db, [role], bankID: bankID, userID: userID)
            if let id {
                guard let existing = try AccountStore.attribute(db, id: id), existing.bankID == bankID,
                      existing.accountID == accountID else { throw OBPError.resourceDoesNotExist }
            }
            try AccountStore.saveAttribute(db, record)
        }
        return AccountAttributeRenderer.attribute(record)
    }

    /// `POST /banks/B/products/P/attribute` (CanCreateProductAttribute): accounts made later with this product
    /// code get a copy.
    func createProductAttribute(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let body = try call.jsonBody()
        guard let name = body["name"] as? String, !name.isEmpty, let type = body["type"] as? String,
              let value = body["value"] as? String, Self.attributeValue(value, fits: type) else { throw OBPError.invalidJSON }
        let (bankID, product, id) = (call.param("bank"), call.param("product"), UUID().uuidString.lowercased())
        try await store.write { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canCreateProductAttribute], bankID: bankID, userID: userID)
            try AccountStore.saveProductAttribute(db, id: id, bankID: bankID, productCode: product, name: name, type: type,
                                                  value: value)
        }
        return .created(.obj([
            "bank_id": .string(bankID), "product_code": .string(product), "product_attribute_id": .string(id),
            "name": .string(name), "type": .string(type), "value": .string(value), "is_active": .bool(body["is_active"] as? Bool ?? true),
        ]))
    }

    static func attributeValue(_ value: String, fits type: String) -> Bool {
        switch type {
        case "STRING": true
        case "INTEGER": Int64(value) != nil
        case "DOUBLE": Double(value) != nil
        case "DATE_WITH_DAY": Timestamp.parse(value) != nil && value.count == 10
        default: false
        }
    }
}
