import Foundation

/// libFuzzer entry for BankKit's JSON parser and OBP decoders, built by scripts/fuzz.sh (outside the package).
/// Every decoder must either return a value or throw a BankError: a crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWire(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    let ref = AccountRef(bankID: "b", accountID: "a")
    _ = try? JSONParser.parse(data)
    _ = try? OBPWire.banks(data)
    _ = try? OBPWire.accounts(data, bank: nil)
    _ = try? OBPWire.account(data, ref: ref)
    _ = try? OBPWire.transactions(data, account: ref)
    _ = try? OBPWire.transaction(data, account: ref)
    _ = try? OBPWire.views(data)
    _ = try? OBPWire.user(data)
    _ = try? OBPWire.token(data)
    _ = try? OBPWire.tags(data)
    _ = try? OBPWire.comments(data)
    _ = try? OBPWire.whereTag(data)
    _ = try? OBPWire.otherAccounts(data)
    _ = OBPWire.error(status: 400, headers: HTTPHeaders(), body: data)
    return 0
}
