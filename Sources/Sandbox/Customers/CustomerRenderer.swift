/// Customers as OBP's v5 `CustomerJsonV310` sends them, made from a create request: fields a request leaves out
/// get OBP's defaults (empty text, 0, false, null dates), so a stored customer always has the full shape.
enum CustomerRenderer {
    static func make(bankID: String, customerID: String, number: String, request body: JSON) -> JSON {
        func text(_ key: String, in object: JSON? = nil) -> JSON { .string((object ?? body)[key]?.stringValue ?? "") }
        func date(_ key: String, in object: JSON? = nil) -> JSON { (object ?? body)[key]?.stringValue.map(JSON.string) ?? .null }
        let face = body["face_image"], rating = body["credit_rating"], limit = body["credit_limit"]
        var dependants = 0
        if case .int(let value)? = body["dependants"] { dependants = value }
        var kyc = false
        if case .bool(let value)? = body["kyc_status"] { kyc = value }
        var births = [JSON]()
        if case .array(let items)? = body["dob_of_dependants"] { births = items.filter { $0.stringValue != nil } }
        return .obj([
            "bank_id": .string(bankID), "customer_id": .string(customerID), "customer_number": .string(number),
            "legal_name": text("legal_name"), "mobile_phone_number": text("mobile_phone_number"), "email": text("email"),
            "face_image": .obj(["url": text("url", in: face ?? .null), "date": date("date", in: face ?? .null)]),
            "date_of_birth": date("date_of_birth"), "relationship_status": text("relationship_status"),
            "dependants": .int(dependants), "dob_of_dependants": .array(births),
            "credit_rating": .obj(["rating": text("rating", in: rating ?? .null), "source": text("source", in: rating ?? .null)]),
            "credit_limit": .obj(["currency": text("currency", in: limit ?? .null), "amount": text("amount", in: limit ?? .null)]),
            "highest_education_attained": text("highest_education_attained"), "employment_status": text("employment_status"),
            "kyc_status": .bool(kyc), "last_ok_date": date("last_ok_date"), "title": text("title"),
            "branch_id": text("branch_id"), "name_suffix": text("name_suffix"),
        ])
    }

    static func list(_ bodies: [String]) -> JSON {
        .obj(["customers": .array(bodies.map { .raw(Array($0.utf8)) })])
    }

    static func link(_ link: UserCustomerLinkRecord) -> JSON {
        .obj([
            "user_customer_link_id": .string(link.id), "customer_id": .string(link.customerID),
            "user_id": .string(link.userID), "date_inserted": .string(Timestamp.format(link.date)),
            "is_active": .bool(true),
        ])
    }
}
