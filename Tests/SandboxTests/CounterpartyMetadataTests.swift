import Foundation
import Testing
@testable import Sandbox

/// Counterparty metadata over HTTP: every field's endpoints in every version that serves them, each flag refusal,
/// validation, aliases through views, and persistence.
@Suite("Counterparty metadata")
struct CounterpartyMetadataTests {
    typealias Client = ViewsClient

    /// Each field: its path under the other account, a body that sets it, and one that changes it.
    static var fields: [(path: String, set: [String: Any], change: [String: Any])] { [
        ("public_alias", ["alias": "Corner shop"], ["alias": "The shop"]),
        ("private_alias", ["alias": "Groceries"], ["alias": "Food"]),
        ("metadata/more_info", ["more_info": "Open late"], ["more_info": "Closed Sundays"]),
        ("metadata/url", ["URL": "https://shop.example"], ["URL": "http://shop.example/home"]),
        ("metadata/image_url", ["image_URL": "https://shop.example/logo.png"], ["image_URL": "https://shop.example/l.png"]),
        ("metadata/open_corporates_url", ["open_corporates_URL": "https://opencorporates.com/companies/gb/1"],
         ["open_corporates_URL": "https://opencorporates.com/companies/gb/2"]),
        ("metadata/corporate_location", ["corporate_location": ["latitude": 51.5, "longitude": -0.12]],
         ["corporate_location": ["latitude": 52.0, "longitude": 13.4]]),
        ("metadata/physical_location", ["physical_location": ["latitude": -33.9, "longitude": 151.2]],
         ["physical_location": ["latitude": 60.17, "longitude": 24.94]]),
    ] }

    static func firstOther(_ client: Client, view: String = "owner") async throws -> String {
        let list = try await client.sandbox.get("\(client.base())/\(view)/other_accounts", token: client.token)
            .object()["other_accounts"] as? [[String: Any]] ?? []
        return try #require(list.first?["id"] as? String)
    }

    @Test("POST, PUT and DELETE of every field, GET of the aliases and the metadata, in every version")
    func everyEndpointInEveryVersion() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            let other = try await Self.firstOther(client)
            for version in APIVersion.allCases where version >= .v1_2_1 {  // v1.1 has the metadata GET alone
                let base = "\(client.base(version.rawValue))/owner/other_accounts/\(other)"
                for field in Self.fields {
                    let set = try await sandbox.request("POST", "\(base)/\(field.path)", token: client.token, json: field.set)
                    #expect(set.status == 201, "\(version) POST \(field.path): \(set.text)")
                    let changed = try await sandbox.request("PUT", "\(base)/\(field.path)", token: client.token, json: field.change)
                    #expect(changed.status == 200, "\(version) PUT \(field.path): \(changed.text)")
                }
                #expect(try await sandbox.get("\(base)/public_alias", token: client.token).object()["alias"] as? String == "The shop")
                #expect(try await sandbox.get("\(base)/private_alias", token: client.token).object()["alias"] as? String == "Food")
                let metadata = try await sandbox.get("\(base)/metadata", token: client.token).object()
                #expect(metadata["more_info"] as? String == "Closed Sundays", "\(version)")
                // v1.2.1's spelling, which OBP keeps in every version.
                #expect(metadata["URL"] as? String == "http://shop.example/home")
                #expect(metadata["image_URL"] as? String == "https://shop.example/l.png")
                #expect(metadata["open_corporates_URL"] as? String == "https://opencorporates.com/companies/gb/2")
                let corporate = try #require(metadata["corporate_location"] as? [String: Any])
                #expect(corporate["latitude"] as? Double == 52.0 && corporate["longitude"] as? Double == 13.4)
                #expect((corporate["user"] as? [String: Any])?["display_name"] as? String == Client.owner.0)
                #expect(corporate["date"] is String)
                for field in Self.fields {
                    let deleted = try await sandbox.request("DELETE", "\(base)/\(field.path)", token: client.token)
                    #expect(deleted.status == 204, "\(version) DELETE \(field.path): \(deleted.text)")
                }
                let cleared = try await sandbox.get("\(base)/metadata", token: client.token).object()
                #expect(cleared["public_alias"] as? String == "" && cleared["URL"] as? String == "")
                #expect(cleared["corporate_location"] is NSNull && cleared["physical_location"] is NSNull)
            }
        }
    }

    @Test("each write is refused with the flag it lacks, metadata access first")
    func flagRefusals() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            let other = try await Self.firstOther(client)
            try await client.makeView("_seer", actions: ["can_see_transaction_other_bank_account", "can_see_other_account_metadata"])
            try await client.makeView("_blind", actions: ["can_see_transaction_other_bank_account"])
            let seer = "\(client.base())/_seer/other_accounts/\(other)"
            let expected = ["can_add_public_alias", "can_add_private_alias", "can_add_more_info", "can_add_url",
                            "can_add_image_url", "can_add_open_corporates_url", "can_add_corporate_location",
                            "can_add_physical_location"]
            for (field, flag) in zip(Self.fields, expected) {
                for method in ["POST", "PUT", "DELETE"] {
                    let refused = try await sandbox.request(method, "\(seer)/\(field.path)", token: client.token,
                                                            json: method == "DELETE" ? nil : field.set)
                    let wanted = method != "DELETE" ? flag : flag.replacingOccurrences(of: "can_add_corporate", with: "can_delete_corporate")
                        .replacingOccurrences(of: "can_add_physical", with: "can_delete_physical")
                    #expect(refused.status == 403 && refused.obpMessage.hasPrefix("OBP-30022")
                            && refused.obpMessage.hasSuffix(wanted), "\(method) \(field.path): \(refused.text)")
                }
            }
            let alias = try await sandbox.get("\(seer)/private_alias", token: client.token)
            #expect(alias.status == 403 && alias.obpMessage.hasSuffix("can_see_private_alias"))
            let blind = "\(client.base())/_blind/other_accounts/\(other)"
            for response in [try await sandbox.get("\(blind)/metadata", token: client.token),
                             try await sandbox.request("POST", "\(blind)/metadata/more_info", token: client.token,
                                                       json: ["more_info": "x"])] {
                #expect(response.status == 403 && response.obpMessage.hasSuffix("can_see_other_account_metadata"), "\(response.text)")
            }
            let anonymous = try await sandbox.request("POST", "\(client.base())/owner/other_accounts/\(other)/metadata/more_info",
                                                      json: ["more_info": "x"])
            #expect(anonymous.status == 401)
        }
    }

    @Test("coordinates off the globe, URLs that are not http(s) and bodies without the field are refused")
    func validation() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            let base = "\(client.base())/owner/other_accounts/\(try await Self.firstOther(client))"
            for location in [["latitude": 91, "longitude": 0], ["latitude": 0, "longitude": -180.5]] {
                let refused = try await sandbox.request("POST", "\(base)/metadata/physical_location", token: client.token,
                                                        json: ["physical_location": location])
                #expect(refused.status == 400 && refused.obpMessage == "Coordinates not possible", "\(refused.text)")
            }
            for url in ["ftp://shop.example", "javascript:alert(1)", "shop.example"] {
                let refused = try await sandbox.request("POST", "\(base)/metadata/url", token: client.token, json: ["URL": url])
                #expect(refused.obpMessage.hasPrefix("OBP-10017"), "\(url): \(refused.text)")
            }
            let wrongKey = try await sandbox.request("POST", "\(base)/metadata/url", token: client.token, json: ["url": "https://a.b"])
            #expect(wrongKey.obpMessage.hasPrefix("OBP-10001"))
            let missing = try await sandbox.request("POST", "\(client.base())/owner/other_accounts/nope/metadata/more_info",
                                                    token: client.token, json: ["more_info": "x"])
            #expect(missing.obpMessage.hasPrefix("OBP-30017"))
        }
    }

    @Test("which_alias_to_use shows the alias in transactions and other accounts, and follows every change")
    func aliasesThroughViews() async throws {
        try await TestSandbox.with { sandbox in
            let client = try await Client.owner(of: sandbox)
            try await client.makeView("_private", actions: ["can_see_transaction_other_bank_account"], ["which_alias_to_use": "private"])
            let before = try await client.transactions(through: "_private")
            let first = try #require(before.first)
            let other = try #require((first["other_account"] as? [String: Any])?["id"] as? String)
            let transaction = try #require(first["id"] as? String)
            let realName = try #require(((first["other_account"] as? [String: Any])?["holder"] as? [String: Any])?["name"] as? String)
            let base = "\(client.base())/owner/other_accounts/\(other)"
            #expect(try await sandbox.request("POST", "\(base)/private_alias", token: client.token, json: ["alias": "Our landlord"]).status == 201)
            #expect(try await sandbox.request("PUT", "\(base)/public_alias", token: client.token, json: ["alias": "A landlord"]).status == 200)

            let holder = { (t: [String: Any]) in (t["other_account"] as? [String: Any])?["holder"] as? [String: Any] ?? [:] }
            let after = try await client.transactions(through: "_private").filter {
                ($0["other_account"] as? [String: Any])?["id"] as? String == other
            }
            #expect(!after.isEmpty && after.allSatisfy { holder($0)["name"] as? String == "Our landlord" && holder($0)["is_alias"] as? Bool == true })
            let publicly = try await client.transactions(through: "_public", token: nil)
                .filter { ($0["other_account"] as? [String: Any])?["id"] as? String == other }
            #expect(publicly.allSatisfy { holder($0)["name"] as? String == "A landlord" })
            let owner = try await client.transactions(through: "owner").first { ($0["other_account"] as? [String: Any])?["id"] as? String == other }
            #expect(holder(owner ?? [:])["name"] as? String == realName, "the owner view uses no alias")

            let single = try await sandbox.get("\(client.base())/_private/transactions/\(transaction)/other_account", token: client.token).object()
            #expect((single["holder"] as? [String: Any])?["name"] as? String == "Our landlord")
            #expect(try await sandbox.request("DELETE", "\(base)/private_alias", token: client.token).status == 204)
            let deleted = try await client.transactions(through: "_private").first { ($0["other_account"] as? [String: Any])?["id"] as? String == other }
            #expect(holder(deleted ?? [:])["is_alias"] as? Bool == false, "a cached page is not served after the change")
        }
    }

    @Test("metadata outlives a restart")
    func persistence() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("metadata.sqlite").path
        let other = try await TestSandbox.with(databasePath: path) { sandbox in
            let client = try await Client.owner(of: sandbox)
            let other = try await Self.firstOther(client)
            let base = "\(client.base("v1.2.1"))/owner/other_accounts/\(other)"
            #expect(try await sandbox.request("POST", "\(base)/metadata/url", token: client.token, json: ["URL": "https://kept.example"]).status == 201)
            #expect(try await sandbox.request("POST", "\(base)/metadata/corporate_location", token: client.token,
                                              json: ["corporate_location": ["latitude": 1.5, "longitude": 2.5]]).status == 201)
            return other
        }
        try await TestSandbox.with(databasePath: path) { sandbox in
            let client = try await Client.owner(of: sandbox)
            let metadata = try await sandbox.get("\(client.base())/owner/other_accounts/\(other)/metadata", token: client.token).object()
            #expect(metadata["URL"] as? String == "https://kept.example")
            #expect((metadata["corporate_location"] as? [String: Any])?["longitude"] as? Double == 2.5)
        }
    }
}
