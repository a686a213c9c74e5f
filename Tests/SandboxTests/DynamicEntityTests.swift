import Foundation
import Testing
@testable import Sandbox

/// OBP's dynamic entities over HTTP: definitions checked rule by rule with OBP's texts, the management and
/// generated endpoints' roles, records checked against their definition, and all of it kept in the store.
@Suite("Dynamic entities")
struct DynamicEntityTests {
    static let bank = "obp-bank-x-gh"
    static let manage = "/obp/v4.0.0/management/banks/\(bank)/dynamic-entities"
    static let records = "/obp/dynamic-entity/banks/\(bank)/FooBar"

    /// OBP's own example definition, with a property of every other type.
    static let fooBar = """
        {"FooBar": {"description": "description of this entity, can be markdown text.", "required": ["name"],
          "properties": {
            "name": {"type": "string", "minLength": 3, "maxLength": 20, "example": "James Brown", "description": "a name"},
            "number": {"type": "integer", "example": 698761728},
            "score": {"type": "number", "example": 1.5},
            "active": {"type": "boolean", "example": true},
            "born": {"type": "DATE_WITH_DAY", "example": "2020-01-31"}}},
         "hasPersonalEntity": true}
        """

    static func post(_ sandbox: TestSandbox, _ path: String, _ body: String, token: String?,
                     method: String = "POST") async throws -> TestResponse {
        try await sandbox.request(method, path, token: token, headers: ["Content-Type": "application/json"],
                                  rawBody: Array(body.utf8))
    }

    static func admin(_ sandbox: TestSandbox) async throws -> String {
        try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
    }

    /// A definition with one property changed from a valid base, for the property rules.
    static func withProperty(_ property: String) -> String {
        """
        {"FooBar": {"required": [], "properties": {"number": \(property)}}}
        """
    }

    @Test("each of OBP's definition rules refuses with OBP-09007 and OBP's text")
    func definitionRules() async throws {
        let cases: [(String, String)] = [
            ("{}", "The Json root object should have a single entity, but current have none."),
            (#"{"A": {}, "B": {}, "C": {}}"#, "The Json root object should at most two fields: entity and hasPersonalEntity, but current entityNames: A,  B,  C"),
            (#"{"Foo Bar": {}}"#, "The entity name should contains characters [-_A-Za-z0-9], but current entity name: Foo Bar"),
            (#"{"FooBar": 1}"#, "The FooBar should have an object value, but current value is: 1"),
            (#"{"FooBar": {"properties": {}}}"#, "There must be 'required' field in FooBar, and type is json array[string]"),
            (#"{"FooBar": {"required": [1], "properties": {}}}"#, "The 'required' field's type of FooBar should be array[string]"),
            (#"{"FooBar": {"description": 1, "required": [], "properties": {}}}"#, "The 'description' field in FooBar must be string type."),
            (#"{"FooBar": {"description": "", "required": [], "properties": {}}}"#,
             "The 'description' field in FooBar must be a not empty string value."),
            (#"{"FooBar": {"required": []}}"#, "There must be 'required' field in FooBar, and type is array[string]"),
            (#"{"FooBar": {"required": [], "properties": []}}"#, "The 'properties' field's type of FooBar should be json object"),
            (#"{"FooBar": {"required": ["name_wrong"], "properties": {}}}"#, "missing properties: name_wrong"),
            (#"{"FooBar": {"required": [], "properties": {"na me": {}}}}"#,
             "The field name should contains characters [-_A-Za-z0-9], the wrong field name: na me"),
            (Self.withProperty("1"), "The property of number's type should be json object"),
            (Self.withProperty(#"{"example": 1}"#), "The property of number's 'type' field should be exists and type is json string"),
            (Self.withProperty(#"{"type": "json", "example": 1}"#),
             "The property of number's 'type' field should be one of these string value: number, integer, boolean, string, DATE_WITH_DAY"),
            (Self.withProperty(#"{"type": "string", "minLength": "3", "example": "abc"}"#), "The property of minLength's 'type' should be integer"),
            (Self.withProperty(#"{"type": "string", "minLength": -1, "example": "abc"}"#),
             "The property of minLength value should be non-negative integer, current value: -1"),
            (Self.withProperty(#"{"type": "string", "minLength": 5, "maxLength": 3, "example": "abcd"}"#),
             "The property of minLength value should be less than maxLength, minLength: 5, maxLength: 3"),
            (Self.withProperty(#"{"type": "integer"}"#), "The property of number's 'example' field should be exists"),
            (Self.withProperty(#"{"type": "integer", "example": 1.5}"#),
             "The value of number's 'example' is wrong, the value's type should be integer."),
            (Self.withProperty(#"{"type": "number", "example": 2}"#),
             "The value of number's 'example' is wrong, the value's type should be number."),
            (Self.withProperty(#"{"type": "DATE_WITH_DAY", "example": "2024-13-01"}"#),
             "The value of number's 'example' is wrong, the value's type should be DATE_WITH_DAY, format is yyyy-MM-dd."),
            (Self.withProperty(#"{"type": "boolean", "example": true, "description": true}"#),
             "The property of number's 'description' field in FooBar must be string type."),
        ]
        try await TestSandbox.with { sandbox in
            let admin = try await Self.admin(sandbox)
            for (body, text) in cases {
                let response = try await Self.post(sandbox, Self.manage, body, token: admin)
                #expect(response.status == 400, "\(body)")
                #expect(response.obpMessage == "OBP-09007: DynamicEntity data validation failure. \(text)", "\(body)")
            }
            let notJSON = try await Self.post(sandbox, Self.manage, "FooBar", token: admin)
            #expect(notJSON.status == 400 && notJSON.obpMessage.hasPrefix("OBP-10001"))
            let entities = try await sandbox.get(Self.manage, token: admin).object()["dynamic_entities"] as? [Any]
            #expect(entities?.isEmpty == true, "nothing refused was kept")
        }
    }

    @Test("managing definitions: login, bank, role, names, and no change while records exist")
    func management() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await Self.admin(sandbox)
            let robert = try await sandbox.login()
            #expect(try await Self.post(sandbox, Self.manage, Self.fooBar, token: nil).obpCode == 401)
            let refused = try await Self.post(sandbox, Self.manage, Self.fooBar, token: robert)
            #expect(refused.status == 403 && refused.obpMessage.contains("CanCreateBankLevelDynamicEntity"))
            #expect(try await Self.post(sandbox, "/obp/v4.0.0/management/banks/no-such-bank/dynamic-entities", Self.fooBar,
                                        token: admin).obpMessage.hasPrefix("OBP-30001"))
            #expect(try await Self.post(sandbox, "/obp/v3.1.0/management/banks/\(Self.bank)/dynamic-entities", Self.fooBar,
                                        token: admin).obpMessage.hasPrefix("OBP-10404"))

            let created = try await Self.post(sandbox, Self.manage, Self.fooBar, token: admin)
            #expect(created.status == 201, "\(created.text)")
            let entity = try created.object()
            let id = try #require(entity["dynamicEntityId"] as? String)
            #expect(entity["bankId"] as? String == Self.bank)
            #expect(entity["hasPersonalEntity"] as? Bool == true)
            #expect(((entity["FooBar"] as? [String: Any])?["required"] as? [String]) == ["name"])
            let taken = try await Self.post(sandbox, Self.manage, Self.fooBar, token: admin)
            #expect(taken.status == 400 && taken.obpMessage.hasPrefix("OBP-09002"))
            // The same name is free at system level.
            #expect(try await Self.post(sandbox, "/obp/v5.1.0/management/system-dynamic-entities", Self.fooBar, token: admin).status == 201)

            let listed = try await sandbox.get(Self.manage, token: admin).object()["dynamic_entities"] as? [[String: Any]]
            #expect(listed?.map { $0["dynamicEntityId"] as? String } == [id])
            #expect(try await sandbox.get(Self.manage, token: robert).obpMessage.contains("CanGetBankLevelDynamicEntities"))
            let mine = try await sandbox.get("/obp/v5.1.0/my/dynamic-entities", token: admin).object()["dynamic_entities"] as? [Any]
            #expect(mine?.count == 2)
            let roles = try await sandbox.get("/obp/v5.1.0/my/entitlements", token: admin).text
            #expect(roles.contains("CanGetDynamicEntity_FooBar") && roles.contains("CanDeleteDynamicEntity_SystemFooBar"))

            let renamed = Self.fooBar.replacingOccurrences(of: "\"FooBar\"", with: "\"FooBaz\"")
            let updated = try await Self.post(sandbox, "\(Self.manage)/\(id)", renamed, token: admin, method: "PUT")
            #expect(updated.status == 200, "\(updated.text)")
            #expect(try updated.object()["FooBaz"] != nil)
            #expect(try await Self.post(sandbox, "\(Self.manage)/no-such-id", renamed, token: admin,
                                        method: "PUT").obpMessage.hasPrefix("OBP-09001"))
            #expect(try await Self.post(sandbox, "\(Self.manage)/\(id)", Self.fooBar, token: admin, method: "PUT").status == 200)

            let record = try await Self.post(sandbox, Self.records, #"{"name": "James"}"#, token: admin)
            #expect(record.status == 201, "\(record.text)")
            let recordID = try #require((try record.object()["foo_bar"] as? [String: Any])?["foo_bar_id"] as? String)
            #expect(try await Self.post(sandbox, "\(Self.manage)/\(id)", renamed, token: admin, method: "PUT").obpMessage.hasPrefix("OBP-09006"))
            #expect(try await sandbox.request("DELETE", "\(Self.manage)/\(id)", token: admin).obpMessage.hasPrefix("OBP-09006"))
            #expect(try await sandbox.request("DELETE", "\(Self.records)/\(recordID)", token: admin).status == 200)

            let deleted = try await sandbox.request("DELETE", "\(Self.manage)/\(id)", token: admin)
            #expect(deleted.status == 200 && deleted.text == "true")
            #expect(try await sandbox.get(Self.records, token: admin).obpMessage.hasPrefix("OBP-10404"))
            let left = try await sandbox.get("/obp/v5.1.0/my/entitlements", token: admin).text
            #expect(!left.contains("CanGetDynamicEntity_FooBar\"") && left.contains("CanGetDynamicEntity_SystemFooBar"))
        }
    }

    @Test("records: checked against the definition, wrapped as OBP wraps them, each operation behind its role")
    func records() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await Self.admin(sandbox)
            let robert = try await sandbox.login()
            #expect(try await Self.post(sandbox, Self.manage, Self.fooBar, token: admin).status == 201)

            let missing = try await Self.post(sandbox, Self.records, #"{"number": 1}"#, token: admin)
            #expect(missing.status == 400)
            #expect(missing.obpMessage == "OBP-09007: DynamicEntity data validation failure. details: The 'required' field's not be fulfilled, missing properties: name")
            let short = try await Self.post(sandbox, Self.records, #"{"name": "Jo"}"#, token: admin)
            #expect(short.obpMessage.hasSuffix("details: The name's value length is not correct, minLength: 3, maxLength: 20."))
            let wrong = try await Self.post(sandbox, Self.records,
                                            #"{"name": "James", "number": 1.5, "score": 5, "active": "yes", "born": "2024-1-05"}"#,
                                            token: admin)
            #expect(wrong.obpMessage.hasSuffix("details: The value of 'number' is wrong, the value's type should be integer.; "
                + "The value of 'score' is wrong, the value's type should be number.; "
                + "The value of 'active' is wrong, the value's type should be boolean.; "
                + "The value of 'born' is wrong, the value's type should be DATE_WITH_DAY, format is yyyy-MM-dd."), "\(wrong.text)")

            let created = try await Self.post(sandbox, Self.records,
                                              #"{"name": "James Brown", "number": 7, "score": 2.5, "active": true, "born": "1990-05-17", "note": "kept"}"#,
                                              token: admin)
            #expect(created.status == 201, "\(created.text)")
            #expect(try created.object()["bank_id"] as? String == Self.bank)
            let record = try #require(try created.object()["foo_bar"] as? [String: Any])
            let id = try #require(record["foo_bar_id"] as? String)
            #expect(record["note"] as? String == "kept" && record["number"] as? Int == 7)
            #expect(created.text.contains(#""score":2.5"#))

            let list = try await sandbox.get(Self.records, token: admin).object()
            #expect(list["bank_id"] as? String == Self.bank)
            #expect((list["foo_bar_list"] as? [[String: Any]])?.map { $0["foo_bar_id"] as? String } == [id])
            #expect((try await sandbox.get("\(Self.records)?name=Nobody", token: admin).object()["foo_bar_list"] as? [Any])?.isEmpty == true)
            #expect((try await sandbox.get("\(Self.records)?number=7", token: admin).object()["foo_bar_list"] as? [Any])?.count == 1)

            let updated = try await Self.post(sandbox, "\(Self.records)/\(id)", #"{"name": "James Brown123"}"#, token: admin, method: "PUT")
            #expect(updated.status == 200, "\(updated.text)")
            let one = try await sandbox.get("\(Self.records)/\(id)", token: admin).object()["foo_bar"] as? [String: Any]
            #expect(one?["name"] as? String == "James Brown123" && one?["foo_bar_id"] as? String == id && one?["note"] == nil)
            #expect(try await sandbox.get("\(Self.records)/no-such-record", token: admin).obpMessage.hasPrefix("OBP-09005"))
            #expect(try await Self.post(sandbox, "\(Self.records)/no-such-record", #"{"name": "Nobody"}"#, token: admin,
                                        method: "PUT").obpCode == 404)

            // Robert holds none of the entity's roles until one is granted to him.
            #expect(try await sandbox.get(Self.records).obpCode == 401)
            let denied = try await sandbox.get(Self.records, token: robert)
            #expect(denied.status == 403)
            #expect(denied.obpMessage == "OBP-20006: User is missing one or more roles: CanGetDynamicEntity_FooBar at Bank(\(Self.bank))")
            let robertID = try #require(try await sandbox.get("/obp/v5.1.0/users/current", token: robert).object()["user_id"] as? String)
            let grant = try await sandbox.request("POST", "/obp/v5.1.0/users/\(robertID)/entitlements", token: admin,
                                                  json: ["bank_id": Self.bank, "role_name": "CanGetDynamicEntity_FooBar"])
            #expect(grant.status == 201, "\(grant.text)")
            #expect(try await sandbox.get(Self.records, token: robert).status == 200)
            #expect(try await Self.post(sandbox, Self.records, #"{"name": "Robert"}"#,
                                        token: robert).obpMessage.contains("CanCreateDynamicEntity_FooBar"))

            let deleted = try await sandbox.request("DELETE", "\(Self.records)/\(id)", token: admin)
            #expect(deleted.status == 200 && deleted.text == "true")
            #expect(try await sandbox.get("\(Self.records)/\(id)", token: admin).obpCode == 404)
            #expect(try await sandbox.get("/obp/dynamic-entity/banks/\(Self.bank)/NoSuchEntity", token: admin).obpMessage.hasPrefix("OBP-10404"))
        }
    }

    @Test("system-level entities: records at /obp/dynamic-entity/NAME, roles named System, no bank in the answer")
    func systemLevel() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await Self.admin(sandbox)
            let note = #"{"Note": {"required": ["text"], "properties": {"text": {"type": "string", "example": "hi"}}}}"#
            let entity = try await Self.post(sandbox, "/obp/v4.0.0/management/system-dynamic-entities", note, token: admin)
            #expect(entity.status == 201, "\(entity.text)")
            #expect(try entity.object()["bankId"] == nil)
            let created = try await Self.post(sandbox, "/obp/dynamic-entity/Note", #"{"text": "hello", "note_id": "n-1"}"#, token: admin)
            #expect(created.status == 201 && created.text == #"{"note":{"text":"hello","note_id":"n-1"}}"#, "\(created.text)")
            #expect(try await Self.post(sandbox, "/obp/dynamic-entity/Note", #"{"text": "again", "note_id": "n-1"}"#,
                                        token: admin).status == 400)
            let denied = try await Self.post(sandbox, "/obp/dynamic-entity/Note", #"{"text": "x"}"#, token: try await sandbox.login())
            #expect(denied.obpMessage == "OBP-20006: User is missing one or more roles: CanCreateDynamicEntity_SystemNote")
        }
    }

    @Test("the resource docs list each entity's generated endpoints with OBP's names, roles and examples")
    func docs() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await Self.admin(sandbox)
            #expect(try await Self.post(sandbox, Self.manage, Self.fooBar, token: admin).status == 201)
            let docs = try await sandbox.get("/obp/v5.1.0/resource-docs/v4.0.0/obp").object()["resource_docs"] as? [[String: Any]] ?? []
            let byID = Dictionary(docs.map { ($0["operation_id"] as? String ?? "", $0) }) { a, _ in a }
            let create = try #require(byID["OBPv4.0.0-dynamicEntity_createFooBar_\(Self.bank)"])
            #expect(create["request_url"] as? String == Self.records)
            #expect((create["roles"] as? [[String: Any]])?.first?["role"] as? String == "CanCreateDynamicEntity_FooBar")
            #expect((create["example_request_body"] as? [String: Any])?["name"] as? String == "James Brown")
            let one = try #require(byID["OBPv4.0.0-dynamicEntity_getSingleFooBar_\(Self.bank)"])
            #expect(one["request_url"] as? String == "\(Self.records)/FOO_BAR_ID")
            #expect(byID.keys.filter { $0.contains("dynamicEntity_") }.count == 5)
            let older = try await sandbox.get("/obp/v5.1.0/resource-docs/v3.1.0/obp").text
            #expect(!older.contains("dynamicEntity_"))
        }
    }

    @Test("definitions, records and their roles survive a restart on the same database file")
    func persistence() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("sandbox.sqlite").path
        let id = try await TestSandbox.with(databasePath: path) { sandbox in
            let admin = try await Self.admin(sandbox)
            #expect(try await Self.post(sandbox, Self.manage, Self.fooBar, token: admin).status == 201)
            let created = try await Self.post(sandbox, Self.records, #"{"name": "Persisted"}"#, token: admin)
            return try #require((try created.object()["foo_bar"] as? [String: Any])?["foo_bar_id"] as? String)
        }
        try await TestSandbox.with(databasePath: path) { sandbox in
            let admin = try await Self.admin(sandbox)
            let record = try await sandbox.get("\(Self.records)/\(id)", token: admin).object()["foo_bar"] as? [String: Any]
            #expect(record?["name"] as? String == "Persisted")
            #expect((try await sandbox.get(Self.manage, token: admin).object()["dynamic_entities"] as? [Any])?.count == 1)
        }
    }
}
