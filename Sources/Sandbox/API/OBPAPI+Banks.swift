/// Banks and branches; these need no login.
extension OBPAPI {
    func banks(_ call: APICall) async throws -> APIResponse {
        let banks = try await store.read { db in try StoreReads.banks(db) }
        return .ok(BankRenderer.list(banks, version: call.version))
    }

    func bank(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        guard let bank = try await store.read({ db in try StoreReads.bank(db, id: bankID) }) else {
            throw OBPError.bankNotFound
        }
        return .ok(BankRenderer.bank(bank, version: call.version, single: true))
    }

    func branches(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        let bodies = try await store.read { db -> [String] in
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            return try StoreReads.branchBodies(db, bankID: bankID)
        }
        return .ok(BankRenderer.branches(bodies))
    }
}
