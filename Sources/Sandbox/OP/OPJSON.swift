/// How the OP endpoints write values that `JSON` has no case for.
enum OPJSON {
    /// Euros as an exact JSON number (`-12.30`), never through `Double`.
    static func amount(_ cents: Int) -> JSON {
        .raw(Array(MinorUnits.format(minor: cents, decimals: 2).utf8))
    }
}
