import BankKit
import Foundation
import Sandbox

extension DemoCommand {
    /// The demo's provider: OBP logged in as the demo user, or with `--provider op` the sandbox's OP API with the
    /// demo API key, as the customer `--token` names or else the first (`:customer` switches in the browser), with
    /// the demo shop's merchant client for `:oppayments`.
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
        let token = global.token ?? OPSandbox.customers[0].token
        let annotations = try LocalAnnotationStore(path: LocalAnnotationStore.defaultPath(environment: environment))
        return OPProvider(configuration: OPConfiguration(baseURL: server.baseURL, apiKey: OPSandbox.demoAPIKey,
                                                         token: token, annotations: annotations),
                          merchantClient: try merchantClient(server: server, environment: environment))
    }
}

extension DemoCommand {
    /// The demo shop's OP Online Payment client on the embedded sandbox: bankterm's TEST-ONLY key, written with
    /// mode 0600 to `$XDG_DATA_HOME/bankterm/op-test-merchant.pem` and read back as a profile's key would be,
    /// paying into the business account of the second sandbox customer.
    static func merchantClient(server: SandboxServer, environment: [String: String]) throws -> OPPaymentClient {
        let keyPath = dataDirectory(environment: environment).appendingPathComponent("op-test-merchant.pem").path
        try OPMerchantKey.write(pem: OPTestMerchant.privateKeyPEM, to: keyPath)
        let configuration = OPMerchantConfiguration(
            baseURL: server.baseURL, merchantID: OPTestMerchant.merchantID, accountID: OPTestMerchant.accountID,
            apiKey: OPSandbox.demoAPIKey, keyVersion: OPTestMerchant.keyVersion, key: try OPMerchantKey(file: keyPath))
        return OPPaymentClient(configuration: configuration,
                               ledger: try OPPaymentLedger(path: OPPaymentLedger.defaultPath(environment: environment)))
    }
}
