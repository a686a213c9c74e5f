import BankKit
import Foundation
import Sandbox

extension DemoCommand {
    /// The demo's provider: OBP logged in as the demo user, or with `--provider op` the sandbox's OP API with the
    /// demo API key, as the customer `--token` names or the one picked on the terminal.
    static func provider(_ global: GlobalOptions, server: SandboxServer,
                         environment: [String: String]) async throws -> any BankProvider {
        guard global.provider?.lowercased() == "op" else {
            let provider = OBPProvider(configuration: OBPConfiguration(
                baseURL: server.baseURL,
                credentials: DirectLoginCredentials(username: DemoCredentials.username,
                                                    password: DemoCredentials.password,
                                                    consumerKey: DemoCredentials.consumerKey)))
            try await provider.login()
            return provider
        }
        let token = try global.token ?? OPCustomerPicker.pickToken(profileName: "demo")
        let annotations = try LocalAnnotationStore(path: LocalAnnotationStore.defaultPath(environment: environment))
        return OPProvider(configuration: OPConfiguration(baseURL: server.baseURL, apiKey: OPSandbox.demoAPIKey,
                                                         token: token, annotations: annotations))
    }
}
