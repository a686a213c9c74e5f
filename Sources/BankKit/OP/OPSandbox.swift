/// What the OP Developer sandbox gives every application: its host, four simulated customers with static
/// `x-authorization` tokens, and (for bankterm's own sandbox) the API key the demo uses.
public enum OPSandbox {
    public static let baseURL = "https://sandbox.apis.op-palvelut.fi"
    /// The API key bankterm's embedded sandbox accepts unless `--op-api-key` says otherwise; never a real key.
    public static let demoAPIKey = "bankterm-op-demo-key"

    /// One simulated end user of the sandbox.
    public struct Customer: Sendable, Hashable, Identifiable {
        public var token: String
        public var name: String

        public var id: String { token }

        public init(token: String, name: String) {
            self.token = token
            self.name = name
        }
    }

    /// The tokens are OP's published sandbox tokens; the names are bankterm's, for the picker.
    public static let customers: [Customer] = [
        Customer(token: "6c18c234b1b18b1d97c7043e2e41135c293d0da9", name: "Aino Virtanen"),
        Customer(token: "b6910384440ce06f495976f96a162e2ab1bafbb4", name: "Matti Korhonen"),
        Customer(token: "7a66629ddf3691a66eb6466ab7a9f610de531047", name: "Liisa Mäkinen"),
        Customer(token: "3af871a0e3ebfc46f375ff2b63d1414982bd4f76", name: "Juhani Nieminen"),
    ]

    public static func customer(token: String) -> Customer? {
        customers.first { $0.token == token }
    }
}
