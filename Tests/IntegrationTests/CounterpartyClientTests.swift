import Foundation
import Sandbox
import Testing
@testable import BankKit

/// Counterparty metadata and explicit counterparties through the client, against bankterm's sandbox over real
/// HTTP, and the decoders against what other servers send.
@Suite struct CounterpartyClientTests {
    let account = AccountRef(bankID: "obp-bank-x-gh", accountID: "e0ec24be-5ab1-4760-9189-ad280228c134")

    @Test func everyFieldIsSetReadAndCleared() async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let obp = ExampleSandbox.provider(server)
        let other = try #require(try await obp.otherAccounts(account, view: "owner").first?.id)
        let values: [CounterpartyMetadataField: String] = [
            .publicAlias: "Corner shop", .privateAlias: "Groceries", .moreInfo: "Open late", .url: "https://shop.example",
            .imageURL: "https://shop.example/logo.png", .openCorporatesURL: "https://opencorporates.com/companies/gb/1",
            .corporateLocation: "51.5, -0.12", .physicalLocation: "60.17, 24.94",
        ]
        for (field, text) in values {
            try await obp.setCounterpartyMetadata(field, to: try field.parse(text).get(), of: other, in: account, view: "owner")
        }
        let metadata = try await obp.counterpartyMetadata(of: other, in: account, view: "owner")
        for (field, text) in values { #expect(metadata.text(of: field) == text, "\(field)") }
        #expect(metadata.physicalLocation?.author == ExampleSandbox.users[0].username)
        #expect(metadata.physicalLocation?.date != nil)
        #expect(try await obp.counterpartyAlias(.privateAlias, of: other, in: account, view: "owner") == "Groceries")

        let inTransactions = try await obp.transactions(account, view: "owner", page: PageRequest(limit: 50))
            .items.first { $0.counterparty?.id == other }
        #expect(inTransactions?.counterparty?.metadata?.url == "https://shop.example")
        let tx = try #require(inTransactions?.id)
        #expect(try await obp.otherAccount(ofTransaction: tx, in: account, view: "owner").metadata?.privateAlias == "Groceries")

        for field in CounterpartyMetadataField.allCases {
            try await obp.deleteCounterpartyMetadata(field, of: other, in: account, view: "owner")
        }
        let cleared = try await obp.counterpartyMetadata(of: other, in: account, view: "owner")
        #expect(cleared.url == "" && cleared.corporateLocation == nil && cleared.privateAlias == "")
    }

    @Test func explicitCounterpartiesAreMadeListedShownAndRemoved() async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let obp = ExampleSandbox.provider(server)
        let made = try await obp.createCounterparty(NewCounterparty(name: "Landlord", destination: .iban("DE89 3704 0044 0532 0130 00"),
                                                                    currency: "eur", description: "rent"),
                                                    on: account, view: "owner")
        #expect(made.iban == "DE89370400440532013000" && made.currency == "EUR" && made.isBeneficiary)
        #expect(made.metadata?.publicAlias?.hasPrefix("ALIAS_") == true)
        #expect(try await obp.explicitCounterparties(account, view: "owner").map(\.id) == [made.id])
        // Set through the other-account form (URL), read back in the explicit form (url): both spellings.
        try await obp.setCounterpartyMetadata(.url, to: .text("https://landlord.example"), of: made.id, in: account, view: "owner")
        #expect(try await obp.explicitCounterparty(made.id, of: account, view: "owner").metadata?.url == "https://landlord.example")
        #expect(try await obp.otherAccounts(account, view: "owner").contains { $0.id == made.id && $0.iban == made.iban })

        do {
            _ = try await obp.createCounterparty(NewCounterparty(name: "Landlord", destination: .iban("DE89370400440532013000"),
                                                                 currency: "EUR"), on: account, view: "owner")
            Issue.record("a second counterparty of the same name was made")
        } catch let error as BankError {
            #expect(error.code == "OBP-30014")
        }
        try await obp.deleteCounterparty(made.id, of: account, view: "owner")
        #expect(try await obp.explicitCounterparties(account, view: "owner").isEmpty)
    }

    @Test func aBadCounterpartyIsRefusedBeforeAnyRequest() async throws {
        // Nothing listens on port 9: a request that went out would fail as a network error, not invalid input.
        let obp = OBPProvider(configuration: OBPConfiguration(baseURL: "http://127.0.0.1:9", token: "t"))
        for bad in [NewCounterparty(name: "X", destination: .iban("DE89370400440532013001"), currency: "EUR"),
                    NewCounterparty(name: "", destination: .iban("DE89370400440532013000"), currency: "EUR"),
                    NewCounterparty(name: "X", destination: .iban("DE89370400440532013000"), currency: ""),
                    NewCounterparty(name: "X", destination: .obpAccount(bankID: "b", accountID: "a"), currency: "EUR",
                                    description: String(repeating: "d", count: 37))] {
            do {
                _ = try await obp.createCounterparty(bad, on: account, view: "owner")
                Issue.record("sent \(bad)")
            } catch let error as BankError {
                #expect(error.kind == .invalidInput, "\(error)")
            }
        }
        #expect(NewCounterparty(name: "X", destination: .iban("DE89370400440532013000"), currency: "").problems(version: .v3_1_0).isEmpty)
        #expect(CounterpartyMetadataField.url.parse("ftp://x.example").isFailure)
        #expect(CounterpartyMetadataField.corporateLocation.parse("91, 0").isFailure)
        #expect(CounterpartyMetadataField.corporateLocation.parse("60.1,24.9") == .success(.location(latitude: 60.1, longitude: 24.9)))
        #expect(CounterpartyMetadataField(name: "Private-Alias") == .privateAlias)
    }

    @Test func hostileMetadataDecodes() throws {
        let empty = try OBPWire.counterpartyMetadata(Data("{}".utf8))
        #expect(empty == CounterpartyMetadata())
        let nulls = try OBPWire.counterpartyMetadata(Data(#"""
            {"public_alias":null,"private_alias":null,"more_info":null,"URL":null,"image_URL":null,
             "open_corporates_URL":null,"corporate_location":null,"physical_location":null}
            """#.utf8))
        #expect(nulls == CounterpartyMetadata())
        let undated = try OBPWire.counterpartyMetadata(Data(#"""
            {"url":"https://a.example","image_url":"https://a.example/i.png","open_corporates_url":"https://o.example",
             "corporate_location":{"latitude":"1.5","longitude":2.5},"physical_location":{"latitude":1.5,"date":null},
             "public_alias":7}
            """#.utf8))
        #expect(undated.url == "https://a.example" && undated.imageURL == "https://a.example/i.png")
        #expect(undated.openCorporatesURL == "https://o.example")
        #expect(undated.corporateLocation == GeoTag(latitude: 1.5, longitude: 2.5))
        #expect(undated.physicalLocation == nil, "no longitude: no location")
        #expect(undated.publicAlias == "7")
        let counterparty = try OBPWire.otherAccount(Data(#"{"id":"o","holder":null,"metadata":{},"IBAN":"DE89370400440532013000"}"#.utf8))
        #expect(counterparty.metadata == CounterpartyMetadata() && counterparty.iban == "DE89370400440532013000")
        #expect(try OBPWire.explicitCounterparties(Data(#"{"counterparties":[{"name":"no id"},{"counterparty_id":"c","name":"n","bespoke":null,"metadata":null}]}"#.utf8)).map(\.id) == ["c"])
        #expect(throws: BankError.self) { try OBPWire.alias(Data(#"{"alias":null}"#.utf8)) }
    }
}

extension Result {
    fileprivate var isFailure: Bool { if case .failure = self { true } else { false } }
}
