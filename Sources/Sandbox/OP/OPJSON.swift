import BankKit

/// How the OP endpoints write values that `JSON` has no case for.
enum OPJSON {
    /// Euros as an exact JSON number (`-12.30`), never through `Double`.
    static func amount(_ cents: Int) -> JSON {
        .raw(Array(MinorAmount.format(Int64(cents), digits: 2).utf8))
    }
}
