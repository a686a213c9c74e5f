import Foundation
import Testing
@testable import Sandbox

/// Every endpoint the sandbox serves, compared with the `success_response_body` OBP documents for it:
/// same keys, same JSON types, null accepted where a view hides a value.
@Suite("Responses match OBP's resource docs")
struct ResourceDocsConformanceTests {
    struct Endpoint: Sendable {
        let operation: String
        let method: String
        let path: String
        var body: [String: any Sendable]?
        /// The documented example to compare with, when it is not the operation's own (OBP's doc is wrong there).
        var exampleOperation: String?
        /// Where the response names the id a later endpoint needs (`transaction_request`, `counterparty`).
        var keep: String?
    }

    /// A transaction request's `details` is the body as posted, so it differs per type; OBP's doc shows every
    /// type's at once. Its content is not compared, the rest of the request is.
    static let freeFormKeys: Set<String> = ["details"]

    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"

    static func examples() throws -> [String: JSONShape] {
        struct Docs: Decodable {
            struct Doc: Decodable {
                let operation_id: String
                let success_response_body: JSONShape?
            }

            let resource_docs: [Doc]
        }
        let docs = try JSONDecoder().decode(Docs.self, from: Data(contentsOf: URL(fileURLWithPath: Fixtures.resourceDocs)))
        var result = [String: JSONShape]()
        for doc in docs.resource_docs {
            // "OBPv4.0.0-getBanks" -> "getBanks"; the newest version of an operation wins.
            let name = String(doc.operation_id.split(separator: "-", maxSplits: 1).last ?? "")
            if let body = doc.success_response_body { result[name] = body }
        }
        return result
    }

    @Test("every served endpoint's response has the documented shape")
    func conformance() async throws {
        let examples = try Self.examples()
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let tx = try #require(try await sandbox.allTransactions(bank: Self.bank, account: Self.account, token: token,
                                                                   pageSize: 1, ascending: true).first?["id"] as? String)
            let account = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)"
            let meta = "\(account)/owner/transactions/\(tx)/metadata"
            let other = try #require(try await sandbox.get("\(account)/owner/other_accounts", token: token)
                .object()["other_accounts"] as? [[String: Any]]).first?["id"] as? String ?? ""

            let others = "\(account)/owner/other_accounts/\(other)"
            let susanToken = try await sandbox.login("Susan.X.0.GH", "X!90e4e3e4")
            let susan = try await sandbox.get("/obp/v5.1.0/users/current", token: susanToken).object()["user_id"] as? String ?? ""
            let v5 = "/obp/v5.0.0/banks/\(Self.bank)/accounts/\(Self.account)"
            let access: [String: any Sendable] = ["user_id": susan, "view": ["view_id": "_conformance", "is_system": false] as [String: any Sendable]]
            let spec: [String: any Sendable] = ["description": "d", "metadata_view": "", "is_public": false,
                                               "which_alias_to_use": "public", "hide_metadata_if_alias_used": false,
                                               "allowed_actions": ["can_see_transaction_amount"]]

            // Writes first, so the reads below have non-empty metadata to compare.
            let endpoints: [Endpoint] = [
                Endpoint(operation: "createViewForBankAccount", method: "POST", path: "\(account)/views",
                         body: spec.merging(["name": "_conformance"]) { $1 }),
                Endpoint(operation: "updateViewForBankAccount", method: "PUT", path: "\(account)/views/_conformance", body: spec),
                Endpoint(operation: "grantUserAccessToView", method: "POST", path: "\(v5)/account-access/grant", body: access),
                Endpoint(operation: "getPermissionsForBankAccount", method: "GET", path: "\(account)/permissions"),
                Endpoint(operation: "getPermissionForUserForBankAccount", method: "GET",
                         path: "\(account)/permissions/\(sandbox.server.baseURL.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/Susan.X.0.GH"),
                Endpoint(operation: "revokeUserAccessToView", method: "POST", path: "\(v5)/account-access/revoke", body: access),
                Endpoint(operation: "addTagForViewOnTransaction", method: "POST", path: "\(meta)/tags", body: ["value": "conformance"]),
                Endpoint(operation: "addCommentForViewOnTransaction", method: "POST", path: "\(meta)/comments", body: ["value": "ok"]),
                Endpoint(operation: "addImageForViewOnTransaction", method: "POST", path: "\(meta)/images",
                         body: ["label": "receipt", "URL": "https://example.com/r.png"]),
                Endpoint(operation: "addTransactionNarrative", method: "POST", path: "\(meta)/narrative", body: ["narrative": "n"]),
                Endpoint(operation: "updateTransactionNarrative", method: "PUT", path: "\(meta)/narrative", body: ["narrative": "m"]),
                Endpoint(operation: "addWhereTagForViewOnTransaction", method: "POST", path: "\(meta)/where",
                         body: ["where": ["latitude": 1.5, "longitude": 2.5]]),
                Endpoint(operation: "updateWhereTagForViewOnTransaction", method: "PUT", path: "\(meta)/where",
                         body: ["where": ["latitude": 1.6, "longitude": 2.6]]),
                Endpoint(operation: "addCounterpartyPublicAlias", method: "POST", path: "\(others)/public_alias", body: ["alias": "Shop"]),
                Endpoint(operation: "updateCounterpartyPublicAlias", method: "PUT", path: "\(others)/public_alias", body: ["alias": "Store"]),
                Endpoint(operation: "addOtherAccountPrivateAlias", method: "POST", path: "\(others)/private_alias", body: ["alias": "Mine"]),
                Endpoint(operation: "updateCounterpartyPrivateAlias", method: "PUT", path: "\(others)/private_alias", body: ["alias": "Ours"]),
                Endpoint(operation: "addCounterpartyMoreInfo", method: "POST", path: "\(others)/metadata/more_info", body: ["more_info": "m"]),
                Endpoint(operation: "updateCounterpartyMoreInfo", method: "PUT", path: "\(others)/metadata/more_info", body: ["more_info": "n"]),
                Endpoint(operation: "addCounterpartyUrl", method: "POST", path: "\(others)/metadata/url", body: ["URL": "https://a.example"]),
                Endpoint(operation: "updateCounterpartyUrl", method: "PUT", path: "\(others)/metadata/url", body: ["URL": "https://b.example"]),
                Endpoint(operation: "addCounterpartyImageUrl", method: "POST", path: "\(others)/metadata/image_url",
                         body: ["image_URL": "https://a.example/i.png"]),
                Endpoint(operation: "updateCounterpartyImageUrl", method: "PUT", path: "\(others)/metadata/image_url",
                         body: ["image_URL": "https://b.example/i.png"]),
                Endpoint(operation: "addCounterpartyOpenCorporatesUrl", method: "POST", path: "\(others)/metadata/open_corporates_url",
                         body: ["open_corporates_URL": "https://opencorporates.com/a"]),
                Endpoint(operation: "updateCounterpartyOpenCorporatesUrl", method: "PUT", path: "\(others)/metadata/open_corporates_url",
                         body: ["open_corporates_URL": "https://opencorporates.com/b"]),
                Endpoint(operation: "addCounterpartyCorporateLocation", method: "POST", path: "\(others)/metadata/corporate_location",
                         body: ["corporate_location": ["latitude": 1.5, "longitude": 2.5]]),
                Endpoint(operation: "updateCounterpartyCorporateLocation", method: "PUT", path: "\(others)/metadata/corporate_location",
                         body: ["corporate_location": ["latitude": 1.6, "longitude": 2.6]]),
                Endpoint(operation: "addCounterpartyPhysicalLocation", method: "POST", path: "\(others)/metadata/physical_location",
                         body: ["physical_location": ["latitude": 1.5, "longitude": 2.5]]),
                Endpoint(operation: "updateCounterpartyPhysicalLocation", method: "PUT", path: "\(others)/metadata/physical_location",
                         body: ["physical_location": ["latitude": 1.6, "longitude": 2.6]]),
                Endpoint(operation: "root", method: "GET", path: "/obp/v5.1.0/root"),
                Endpoint(operation: "getCurrentUser", method: "GET", path: "/obp/v5.1.0/users/current"),
                Endpoint(operation: "getEntitlementsForCurrentUser", method: "GET", path: "/obp/v5.1.0/my/entitlements"),
                Endpoint(operation: "getBanks", method: "GET", path: "/obp/v5.1.0/banks"),
                Endpoint(operation: "getBank", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)"),
                Endpoint(operation: "getBranches", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/branches"),
                Endpoint(operation: "publicAccountsAtOneBank", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts/public"),
                Endpoint(operation: "privateAccountsAtOneBank", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts/private"),
                Endpoint(operation: "getPrivateAccountsAtOneBank", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts"),
                Endpoint(operation: "corePrivateAccountsAllBanks", method: "GET", path: "/obp/v5.1.0/my/accounts"),
                Endpoint(operation: "getBankAccountsBalances", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/balances"),
                Endpoint(operation: "getViewsForBankAccount", method: "GET", path: "\(account)/views"),
                Endpoint(operation: "getPrivateAccountByIdFull", method: "GET", path: "\(account)/owner/account"),
                Endpoint(operation: "getTransactionsForBankAccount", method: "GET", path: "\(account)/owner/transactions"),
                Endpoint(operation: "getTransactionByIdForBankAccount", method: "GET", path: "\(account)/owner/transactions/\(tx)/transaction"),
                Endpoint(operation: "getCoreTransactionsForBankAccount", method: "GET",
                         path: "/obp/v5.1.0/my/banks/\(Self.bank)/accounts/\(Self.account)/transactions"),
                Endpoint(operation: "getTransactionNarrative", method: "GET", path: "\(meta)/narrative"),
                Endpoint(operation: "getCommentsForViewOnTransaction", method: "GET", path: "\(meta)/comments"),
                // OBP's doc shows a single tag here, but the endpoint returns {"tags": [tag]}; compare the items.
                Endpoint(operation: "getTagsForViewOnTransaction", method: "GET", path: "\(meta)/tags"),
                Endpoint(operation: "getImagesForViewOnTransaction", method: "GET", path: "\(meta)/images"),
                Endpoint(operation: "getWhereTagForViewOnTransaction", method: "GET", path: "\(meta)/where"),
                Endpoint(operation: "getOtherAccountsForBankAccount", method: "GET", path: "\(account)/owner/other_accounts"),
                Endpoint(operation: "getOtherAccountByIdForBankAccount", method: "GET", path: "\(account)/owner/other_accounts/\(other)"),
                Endpoint(operation: "getOtherAccountMetadata", method: "GET", path: "\(others)/metadata"),
                Endpoint(operation: "getCounterpartyPublicAlias", method: "GET", path: "\(others)/public_alias"),
                Endpoint(operation: "getOtherAccountPrivateAlias", method: "GET", path: "\(others)/private_alias"),
            ]
            let me = try #require(try await sandbox.get("/obp/v5.1.0/users/current", token: token).object()["user_id"] as? String)
            let to = ["bank_id": Self.bank, "account_id": Self.account]
            let requests = "\(account)/owner/transaction-request-types"
            var kept = [String: String]()
            let payments: [Endpoint] = [
                Endpoint(operation: "getTransactionRequestTypesSupportedByBank", method: "GET",
                         path: "/obp/v5.1.0/banks/\(Self.bank)/transaction-request-types"),
                Endpoint(operation: "getTransactionRequestTypes", method: "GET", path: requests),
                Endpoint(operation: "createTransactionRequestSandboxTan", method: "POST",
                         path: "\(requests)/SANDBOX_TAN/transaction-requests",
                         body: ["to": to, "value": ["currency": "GBP", "amount": "5000"], "description": "conformance"],
                         keep: "transaction_request"),
                Endpoint(operation: "createTransactionRequestAccount", method: "POST", path: "\(requests)/ACCOUNT/transaction-requests",
                         body: ["to": to, "value": ["currency": "GBP", "amount": "5"], "description": "conformance"]),
                Endpoint(operation: "createTransactionRequestSepa", method: "POST", path: "\(requests)/SEPA/transaction-requests",
                         body: ["to": ["iban": "DE89370400440532013000"], "value": ["currency": "GBP", "amount": "5"],
                                "description": "conformance", "charge_policy": "SHARED"]),
                Endpoint(operation: "createTransactionRequestSimple", method: "POST", path: "\(requests)/SIMPLE/transaction-requests",
                         body: ["to": ["name": "Ltd.", "other_bank_routing_scheme": "OBP", "other_bank_routing_address": Self.bank,
                                       "other_account_routing_scheme": "OBP", "other_account_routing_address": Self.account],
                                "value": ["currency": "GBP", "amount": "5"], "description": "conformance"]),
                Endpoint(operation: "getTransactionRequests", method: "GET", path: "\(account)/owner/transaction-requests"),
                Endpoint(operation: "getCurrentFxRate", method: "GET", path: "/obp/v5.1.0/banks/\(Self.bank)/fx/GBP/EUR"),
                Endpoint(operation: "createAccount", method: "PUT", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts/conformance-account",
                         body: ["user_id": me, "label": "Made", "product_code": "CURRENT", "balance": ["currency": "GBP", "amount": "0"],
                                "branch_id": "", "account_routings": [["scheme": "AccountNumber", "address": "4930396"]]]),
                Endpoint(operation: "addAccount", method: "POST", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts",
                         body: ["user_id": me, "label": "Posted", "product_code": "CURRENT", "balance": ["currency": "GBP", "amount": "0"],
                                "branch_id": "", "account_routings": [String]()]),
                Endpoint(operation: "updateAccountLabel", method: "POST", path: "/obp/v5.1.0/banks/\(Self.bank)/accounts/conformance-account",
                         body: ["label": "Relabelled"]),
                Endpoint(operation: "createCounterparty", method: "POST", path: "\(account)/owner/counterparties",
                         body: ["name": "Landlord", "description": "rent", "currency": "GBP", "other_bank_routing_scheme": "OBP",
                                "other_bank_routing_address": Self.bank, "other_account_routing_scheme": "OBP",
                                "other_account_routing_address": Self.account, "other_branch_routing_scheme": "",
                                "other_branch_routing_address": "", "other_account_secondary_routing_scheme": "",
                                "other_account_secondary_routing_address": "", "is_beneficiary": true, "bespoke": [String]()],
                         keep: "counterparty"),
                Endpoint(operation: "getExplictCounterpartiesForAccount", method: "GET", path: "\(account)/owner/counterparties"),
            ]
            for endpoint in payments {
                let response = try await sandbox.request(endpoint.method, endpoint.path, token: token, json: endpoint.body)
                #expect((200...201).contains(response.status), "\(endpoint.operation): \(response.text)")
                let object = try response.object()
                if let keep = endpoint.keep { kept[keep] = object["id"] as? String ?? object["counterparty_id"] as? String }
                try Self.compare(response, with: examples, operation: endpoint.operation)
            }
            // The role-gated writes, as the sandbox's admin (who holds every role).
            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let attribute: [String: any Sendable] = ["name": "OVERDRAFT_START_DATE", "type": "DATE_WITH_DAY", "value": "2012-04-23",
                                            "product_instance_code": "LKJL98769F"]
            let roleGated: [Endpoint] = [
                Endpoint(operation: "createFx", method: "PUT", path: "/obp/v5.1.0/banks/\(Self.bank)/fx",
                         body: ["bank_id": Self.bank, "from_currency_code": "EUR", "to_currency_code": "USD",
                                "conversion_value": 1.136305, "inverse_conversion_value": 0.8800454103431737,
                                "effective_date": "2017-09-19T00:00:00Z"]),
                Endpoint(operation: "createAccountAttribute", method: "POST", path: "\(account)/products/1234BW/attribute",
                         body: attribute, keep: "attribute"),
                Endpoint(operation: "createProductAttribute", method: "POST", path: "/obp/v5.1.0/banks/\(Self.bank)/products/1234BW/attribute",
                         body: ["name": "OVERDRAFT_START_DATE", "type": "DATE_WITH_DAY", "value": "2012-04-23", "is_active": true]),
            ]
            for endpoint in roleGated {
                let response = try await sandbox.request(endpoint.method, endpoint.path, token: admin, json: endpoint.body)
                #expect((200...201).contains(response.status), "\(endpoint.operation): \(response.text)")
                if let keep = endpoint.keep { kept[keep] = try response.object()["account_attribute_id"] as? String }
                try Self.compare(response, with: examples, operation: endpoint.operation)
            }
            try Self.compare(try await sandbox.request("PUT", "\(account)/products/1234BW/attributes/\(try #require(kept["attribute"]))",
                                                       token: admin, json: attribute),
                             with: examples, operation: "updateAccountAttribute")

            // Dynamic entities, defined with OBP's example. OBP's examples of the system-level and "my" lists show a
            // `bankId` that its code only adds to bank-level entities, so those two are not compared.
            let name: [String: any Sendable] = ["type": "string", "minLength": 3, "maxLength": 20, "example": "James Brown",
                                                "description": "description of **name** field, can be markdown text."]
            let number: [String: any Sendable] = ["type": "integer", "example": 698761728,
                                                  "description": "description of **number** field, can be markdown text."]
            let definition: [String: any Sendable] = [
                "FooBar": ["description": "description of this entity, can be markdown text.", "required": ["name"],
                           "properties": ["name": name, "number": number] as [String: any Sendable]] as [String: any Sendable],
                "hasPersonalEntity": true,
            ]
            let dynamic = "/obp/v5.1.0/management/banks/\(Self.bank)/dynamic-entities"
            let entity = try await sandbox.request("POST", dynamic, token: admin, json: definition)
            try Self.compare(entity, with: examples, operation: "createBankLevelDynamicEntity")
            let entityID = try #require(try entity.object()["dynamicEntityId"] as? String)
            try Self.compare(try await sandbox.request("PUT", "\(dynamic)/\(entityID)", token: admin, json: definition),
                             with: examples, operation: "updateBankLevelDynamicEntity")
            try Self.compare(try await sandbox.get(dynamic, token: admin), with: examples, operation: "getBankLevelDynamicEntities")
            try Self.compare(try await sandbox.request("POST", "/obp/v5.1.0/management/system-dynamic-entities", token: admin,
                                                       json: definition),
                             with: examples, operation: "createSystemDynamicEntity")

            let request = try #require(kept["transaction_request"])
            let created = try await sandbox.get("\(account)/owner/transaction-requests/\(request)", token: token).object()
            let challenge = try #require((created["challenge"] as? [String: Any])?["id"] as? String)
            let answered = try await sandbox.request("POST", "/obp/v3.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transaction-request-types/SANDBOX_TAN/transaction-requests/\(request)/challenge",
                                                     token: token, json: ["id": challenge, "answer": "123"])
            #expect(answered.status == 202, "\(answered.text)")
            try Self.compare(answered, with: examples, operation: "answerTransactionRequestChallenge")
            try Self.compare(try await sandbox.get("\(account)/owner/transaction-requests/\(request)", token: token),
                             with: examples, operation: "getTransactionRequest")
            try Self.compare(try await sandbox.get("\(account)/owner/counterparties/\(try #require(kept["counterparty"]))", token: token),
                             with: examples, operation: "getExplictCounterpartyById")

            for endpoint in endpoints {
                let response = try await sandbox.request(endpoint.method, endpoint.path, token: token, json: endpoint.body)
                #expect((200...201).contains(response.status), "\(endpoint.operation): \(response.text)")
                var actual = try JSONDecoder().decode(JSONShape.self, from: Data(response.body))
                var exampleName = endpoint.operation
                if endpoint.operation == "getTagsForViewOnTransaction", case .object(let members) = actual,
                   case .array(let tags)? = members["tags"] {
                    #expect(!tags.isEmpty)
                    actual = tags.first ?? .null
                    exampleName = "addTagForViewOnTransaction"
                }
                let example = try #require(examples[exampleName], "no resource doc for \(exampleName)")
                let differences = actual.differences(from: example)
                #expect(differences.isEmpty, "\(endpoint.operation): \(differences)")
            }
        }
    }

    /// The response against the operation's documented example, leaving out `freeFormKeys` on both sides.
    static func compare(_ response: TestResponse, with examples: [String: JSONShape], operation: String) throws {
        let actual = try JSONDecoder().decode(JSONShape.self, from: Data(response.body)).removing(freeFormKeys)
        let example = try #require(examples[operation], "no resource doc for \(operation)").removing(freeFormKeys)
        let differences = actual.differences(from: example)
        #expect(differences.isEmpty, "\(operation): \(differences)")
    }
}
