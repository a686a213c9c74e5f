/// The login of the generated demo data (`--generate N`, `bankterm demo`). Every generated user shares the password.
public enum DemoCredentials {
    public static let username = "demo"
    public static let password = "bankterm-demo"
    public static let consumerKey = "bankterm-sandbox-key"
    /// The sandbox's administrator, present in every sandbox (demo data or import): it holds every role the
    /// sandbox knows, system roles and each bank's roles, so every role-gated call can be demonstrated. OBP's import
    /// format gives its users no roles; the admin grants them with `POST /users/USER_ID/entitlements`.
    public static let adminUsername = "bankterm-admin"
    public static let adminPassword = "bankterm-admin"
}
