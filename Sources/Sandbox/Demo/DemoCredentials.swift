/// The login of the generated demo data (`--generate N`, `bankterm demo`). Every generated user shares the password.
public enum DemoCredentials {
    public static let username = "demo"
    public static let password = "bankterm-demo"
    public static let consumerKey = "bankterm-sandbox-key"
}
