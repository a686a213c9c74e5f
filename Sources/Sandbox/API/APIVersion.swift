/// The OBP API versions served. Shapes differ between them only where OBP's do.
enum APIVersion: String, CaseIterable, Sendable, Comparable {
    case v3_0_0 = "v3.0.0"
    case v4_0_0 = "v4.0.0"
    case v5_0_0 = "v5.0.0"
    case v5_1_0 = "v5.1.0"

    static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
