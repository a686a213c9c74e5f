/// The OBP API versions, in release order. One server serves every prefix at once; an endpoint exists from the
/// version that introduced it onward (`Route.since`), and shapes differ between versions only where OBP's do.
enum APIVersion: String, CaseIterable, Sendable, Comparable {
    /// OBP API v1.1: its own wrapped shapes, served by `OBPRoutesV1_1` alone.
    case v1_1 = "v1.1"
    case v1_2_1 = "v1.2.1"
    case v1_3_0 = "v1.3.0"
    case v1_4_0 = "v1.4.0"
    case v2_0_0 = "v2.0.0"
    case v2_1_0 = "v2.1.0"
    case v2_2_0 = "v2.2.0"
    case v3_0_0 = "v3.0.0"
    case v3_1_0 = "v3.1.0"
    case v4_0_0 = "v4.0.0"
    case v5_0_0 = "v5.0.0"
    case v5_1_0 = "v5.1.0"

    static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
