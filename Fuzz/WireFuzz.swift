import Foundation

/// libFuzzer entry for BankKit's JSON parser and OBP decoders, built by scripts/fuzz.sh (outside the package).
/// Every decoder must either return a value or throw a BankError: a crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWire(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    OBPWire.decodeEveryShape(Data(bytes: bytes, count: count))
    return 0
}
