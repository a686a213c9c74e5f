import BankKit
import Sandbox

/// A client of a sandbox with generated demo data, logged in as one of its users (the demo user by default).
enum DemoSandbox {
    static func provider(_ server: SandboxServer, username: String = DemoCredentials.username,
                         password: String = DemoCredentials.password, version: OBPAPIVersion = .default) -> OBPProvider {
        OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, apiVersion: version,
            credentials: DirectLoginCredentials(username: username, password: password, consumerKey: DemoCredentials.consumerKey)))
    }
}
