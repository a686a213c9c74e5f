import Foundation

/// Customers of a bank, the users linked to them, and their social media handles. Creating and reading other
/// users' customers is role-gated as in OBP; a user reads the customers linked to it without a role.
extension OBPAPI {
    /// `POST /banks/B/customers` with v5's body; `legal_name` and `mobile_phone_number` are required.
    func createCustomer(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let bankID = call.param("bank")
        let body = try? call.jsonObjectBody()
        let json = try await store.write { db -> JSON in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canCreateCustomer, .canCreateCustomerAtAnyBank], bankID: bankID, userID: userID)
            guard let body, body["legal_name"]?.stringValue != nil, body["mobile_phone_number"]?.stringValue != nil else {
                throw OBPError.createCustomerJSON
            }
            var dependants = 0, births = 0
            if case .int(let value)? = body["dependants"] { dependants = value }
            if case .array(let items)? = body["dob_of_dependants"] { births = items.count }
            guard dependants == births else {
                throw OBPError(status: 400, message: "OBP-10020: Incorrect json. The field dependants(\(dependants)) not equal the length(\(births)) of dob_of_dependants array")
            }
            let number = body["customer_number"]?.stringValue ?? String(Int.random(in: 0..<Int(Int32.max)))
            guard try !CustomerTable.numberTaken(db, bankID: bankID, number: number) else { throw OBPError.customerNumberTaken }
            let id = UUID().uuidString.lowercased()
            let customer = CustomerRenderer.make(bankID: bankID, customerID: id, number: number, request: body)
            try CustomerTable.insert(db, id: id, bankID: bankID, number: number, body: customer)
            return customer
        }
        return .created(json)
    }

    /// `GET /banks/B/customers`: until v4 the caller's own customers at the bank; from v5 every customer of the
    /// bank, for a caller holding CanGetCustomers.
    func customersAtBank(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, version) = (call.param("bank"), call.version)
        return .ok(CustomerRenderer.list(try await store.read { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            guard version >= .v5_0_0 else { return try CustomerTable.linked(db, userID: userID, bankID: bankID) }
            try Self.requireRole(db, [.canGetCustomers], bankID: bankID, userID: userID)
            return try CustomerTable.atBank(db, bankID: bankID)
        }))
    }

    /// `GET /users/current/customers`, `/my/customers` and `/banks/B/my/customers`: the caller's customers.
    func myCustomers(_ call: APICall, atBank: Bool) async throws -> APIResponse {
        let userID = try call.requireUser()
        let bankID = atBank ? call.param("bank") : nil
        return .ok(CustomerRenderer.list(try await store.read { db in
            if let bankID, try StoreReads.bank(db, id: bankID) == nil { throw OBPError.bankNotFound }
            return try CustomerTable.linked(db, userID: userID, bankID: bankID)
        }))
    }

    /// `GET /banks/B/customers/C`.
    func customer(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, customerID) = (call.param("bank"), call.param("customer"))
        let body = try await store.read { db -> String in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canGetCustomer], bankID: bankID, userID: userID)
            guard let body = try CustomerTable.find(db, bankID: bankID, id: customerID) else { throw OBPError.customerNotFound }
            return body
        }
        return .ok(.raw(Array(body.utf8)))
    }

    /// `POST /banks/B/user_customer_links` with `{"user_id", "customer_id"}`.
    func linkUserToCustomer(_ call: APICall) async throws -> APIResponse {
        let callerID = try call.requireUser()
        let bankID = call.param("bank")
        let body = try? call.jsonObjectBody()
        let link = try await store.write { db -> UserCustomerLinkRecord in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canCreateUserCustomerLink, .canCreateUserCustomerLinkAtAnyBank], bankID: bankID,
                                 userID: callerID)
            guard let userID = body?["user_id"]?.stringValue, let customerID = body?["customer_id"]?.stringValue else {
                throw OBPError.invalidJSON
            }
            guard try StoreReads.user(db, id: userID) != nil else { throw OBPError.userNotFoundByID }
            guard try CustomerTable.find(db, bankID: bankID, id: customerID) != nil else { throw OBPError.customerNotFound }
            let link = UserCustomerLinkRecord(id: UUID().uuidString.lowercased(), userID: userID, customerID: customerID,
                                              bankID: bankID, date: Self.nowMillis() / 1000 * 1000)
            guard try CustomerTable.link(db, link) else { throw OBPError.customerAlreadyLinked }
            return link
        }
        return .created(CustomerRenderer.link(link))
    }

    /// `GET /banks/B/user_customer_links/users/U`.
    func userCustomerLinks(_ call: APICall) async throws -> APIResponse {
        let callerID = try call.requireUser()
        let (bankID, userID) = (call.param("bank"), call.param("user"))
        let links = try await store.read { db -> [UserCustomerLinkRecord] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canGetUserCustomerLink, .canGetUserCustomerLinkAtAnyBank], bankID: bankID,
                                 userID: callerID)
            return try CustomerTable.links(db, userID: userID, bankID: bankID)
        }
        return .ok(.obj(["user_customer_links": .array(links.map(CustomerRenderer.link))]))
    }

    /// `POST .../customers/C/social_media_handles` with `{customer_number, type, handle, date_added, date_activated}`.
    func addSocialMediaHandle(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, customerID) = (call.param("bank"), call.param("customer"))
        let body = try? call.jsonObjectBody()
        try await store.write { db in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canAddSocialMediaHandle], bankID: bankID, userID: userID)
            guard let body, let type = body["type"]?.stringValue, let handle = body["handle"]?.stringValue else {
                throw OBPError.invalidJSON
            }
            guard try CustomerTable.find(db, bankID: bankID, id: customerID) != nil else { throw OBPError.customerNotFound }
            let now = JSON.string(Timestamp.format(Self.nowMillis()))
            try CustomerTable.addSocialMediaHandle(db, customerID: customerID, body: .obj([
                "customer_number": .string(body["customer_number"]?.stringValue ?? ""), "type": .string(type),
                "handle": .string(handle), "date_added": body["date_added"] ?? now,
                "date_activated": body["date_activated"] ?? now,
            ]))
        }
        return .created(APIResponse.success)
    }

    /// `GET .../customers/C/social_media_handles`; OBP names the list `checks`.
    func socialMediaHandles(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, customerID) = (call.param("bank"), call.param("customer"))
        let bodies = try await store.read { db -> [String] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            try Self.requireRole(db, [.canGetSocialMediaHandles], bankID: bankID, userID: userID)
            guard try CustomerTable.find(db, bankID: bankID, id: customerID) != nil else { throw OBPError.customerNotFound }
            return try CustomerTable.socialMediaHandles(db, customerID: customerID)
        }
        return .ok(.obj(["checks": .array(bodies.map { .raw(Array($0.utf8)) })]))
    }
}
