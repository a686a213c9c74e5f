import Foundation

extension OBPWire {
    /// Runs `data` through the parser and every OBP decoder, discarding the results. The libFuzzer target
    /// (`Fuzz/WireFuzz.swift`) and the regression tests both call this, so a new decoder is fuzzed by being
    /// listed here once. Every decoder must return a value or throw a `BankError`, never crash or hang.
    static func decodeEveryShape(_ data: Data) {
        let ref = AccountRef(bankID: "b", accountID: "a")
        _ = try? JSONParser.parse(data)
        _ = try? banks(data)
        _ = try? accounts(data, bank: nil)
        _ = try? account(data, ref: ref)
        _ = try? transactions(data, account: ref)
        _ = try? transaction(data, account: ref)
        _ = try? views(data)
        _ = try? user(data)
        _ = try? token(data)
        _ = try? tags(data)
        _ = try? comments(data)
        _ = try? whereTag(data)
        _ = try? otherAccounts(data)
        _ = try? otherAccount(data)
        _ = try? counterpartyMetadata(data)
        _ = try? alias(data)
        _ = try? explicitCounterparties(data)
        _ = try? explicitCounterparty(data)
        _ = try? balances(data)
        _ = error(status: 400, headers: HTTPHeaders(), body: data)
    }
}
