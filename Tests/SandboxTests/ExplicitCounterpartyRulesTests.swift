import Foundation
import Testing
@testable import Sandbox

/// Explicit counterparties: OBP's rules for making one in each version, and how they join the other accounts
/// with metadata of their own.
@Suite("Explicit counterparty rules")
struct ExplicitCounterpartyRulesTests {
    typealias Client = ViewsClient

    static func body(_ name: String, _ extra: [String: Any] = [:]) -> [String: Any] {
        ["name": name, "description": "rent", "currency": "EUR", "other_bank_routing_scheme": "BIC",
         "other_bank_routing_address": "NDEAFIHH", "other_account_routing_scheme": "IBAN",
         "other_account_routing_address": "FI4950009420028730", "is_beneficiary": true, "bespoke": [[String: String]]()]
            .merging(extra) { $1 }
    }

    @Test("currency from v4.0.0, description length, OBP routings, IBAN checksums, unique names and can_add_counterparty")
    func rules() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            let v4 = "\(client.base("v4.0.0"))/owner/counterparties"
            let post = { (path: String, body: [String: Any]) in try await sandbox.request("POST", path, token: client.token, json: body) }

            #expect(try await post(v4, Self.body("No currency", ["currency": ""])).obpMessage.hasPrefix("OBP-10003"))
            #expect(try await post(v4, Self.body("Bad currency", ["currency": "EURO"])).obpMessage.hasPrefix("OBP-10003"))
            let older = try await post("\(client.base("v3.0.0"))/owner/counterparties", Self.body("Older", ["currency": ""]))
            #expect(older.status == 201, "v2.2.0's body, served under v3.0.0, has no currency: \(older.text)")
            let long = try await post(v4, Self.body("Long", ["description": String(repeating: "x", count: 37)]))
            #expect(long.status == 400 && long.obpMessage.hasPrefix("OBP-20010") && long.obpMessage.contains("36"))
            #expect(try await post(v4, Self.body("Exactly", ["description": String(repeating: "x", count: 36)])).status == 201)

            let obp: [String: Any] = ["other_bank_routing_scheme": "OBP", "other_bank_routing_address": Client.bank,
                                      "other_account_routing_scheme": "OBP", "other_account_routing_address": Client.account]
            #expect(try await post(v4, Self.body("Self", obp)).status == 201)
            #expect(try await post(v4, Self.body("No bank", obp.merging(["other_bank_routing_address": "nobank"]) { $1 }))
                .obpMessage.hasPrefix("OBP-30001"))
            #expect(try await post(v4, Self.body("No account", obp.merging(["other_account_routing_address": "nope"]) { $1 }))
                .obpMessage.hasPrefix("OBP-30018"))
            #expect(try await post(v4, Self.body("Bad IBAN", ["other_account_routing_address": "FI4950009420028731"]))
                .obpMessage.hasPrefix("OBP-10033"))
            #expect(try await post(v4, Self.body("Bad secondary IBAN", ["other_account_secondary_routing_scheme": "IBAN",
                                                                        "other_account_secondary_routing_address": "DE00370400440532013000"]))
                .obpMessage.hasPrefix("OBP-10033"))
            #expect(try await post(v4, Self.body("Spaced IBAN", ["other_account_routing_address": "DE89 3704 0044 0532 0130 00"])).status == 201)

            #expect(try await post(v4, Self.body("Landlord")).status == 201)
            let again = try await post(v4, Self.body("Landlord"))
            #expect(again.status == 400 && again.obpMessage.hasPrefix("OBP-30014"))
            #expect(try await post("\(client.base("v4.0.0"))/accountant/counterparties", Self.body("Landlord")).status == 201,
                    "names are unique per view")
            let auditor = try await post("\(client.base("v4.0.0"))/auditor/counterparties", Self.body("Auditor's"))
            #expect(auditor.status == 403 && auditor.obpMessage.hasPrefix("OBP-30022") && auditor.obpMessage.hasSuffix("can_add_counterparty"))
        }
    }

    @Test("an explicit counterparty is an other account, with metadata shared between both forms")
    func amongOtherAccounts() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            let made = try await sandbox.request("POST", "\(client.base())/owner/counterparties", token: client.token,
                                                 json: Self.body("Landlord"))
            let id = try #require(try made.object()["counterparty_id"] as? String)
            #expect(((try made.object()["metadata"] as? [String: Any])?["public_alias"] as? String)?.hasPrefix("ALIAS_") == true)
            let others = try await sandbox.get("\(client.base())/owner/other_accounts", token: client.token)
                .object()["other_accounts"] as? [[String: Any]] ?? []
            let listed = try #require(others.first { $0["id"] as? String == id })
            #expect((listed["holder"] as? [String: Any])?["name"] as? String == "Landlord")
            #expect((listed["account_routings"] as? [[String: Any]])?.first?["scheme"] as? String == "IBAN")

            let other = "\(client.base())/owner/other_accounts/\(id)"
            #expect(try await sandbox.request("POST", "\(other)/metadata/url", token: client.token, json: ["URL": "https://landlord.example"]).status == 201)
            #expect(try await sandbox.request("POST", "\(other)/metadata/physical_location", token: client.token,
                                              json: ["physical_location": ["latitude": 60.1, "longitude": 24.9]]).status == 201)
            let shown = try await sandbox.get("\(client.base("v4.0.0"))/owner/counterparties/\(id)", token: client.token).object()
            let metadata = try #require(shown["metadata"] as? [String: Any])
            // The explicit counterparty JSON spells its metadata in lower case, and names the user by username.
            #expect(metadata["url"] as? String == "https://landlord.example" && metadata["URL"] == nil)
            #expect(((metadata["physical_location"] as? [String: Any])?["user"] as? [String: Any])?["username"] as? String == Client.owner.0)

            #expect(try await sandbox.request("DELETE", "\(client.base("v4.0.0"))/owner/counterparties/\(id)", token: client.token).status == 204)
            #expect(try await sandbox.get("\(other)/metadata", token: client.token).obpMessage.hasPrefix("OBP-30017"))
        }
    }
}
