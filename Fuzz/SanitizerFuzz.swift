/// libFuzzer entry for the terminal sanitiser and display width, built by scripts/fuzz.sh. Traps (and so reports a
/// crash) when cleaned text still holds a scalar that could drive a terminal or is wider than its measure allows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let clean = Sanitizer.clean(text)
    precondition(!clean.unicodeScalars.contains(where: Sanitizer.needsReplacement), "a control scalar survived")
    precondition(Sanitizer.clean(clean) == clean, "cleaning is not idempotent")
    let width = DisplayWidth.columns(clean)
    for target in [0, 1, 5, 17, 80] {
        let fitted = DisplayWidth.fit(clean, to: target)
        precondition(DisplayWidth.columns(fitted) == target, "fit(to: \(target)) gave \(DisplayWidth.columns(fitted))")
    }
    precondition(width >= 0)
    return 0
}
