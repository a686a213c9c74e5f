import BankKit

extension ScreenCommand {
    /// A request only an OBP server answers (the views and access calls are not on `BankProvider`); any other
    /// provider gets `unsupported`'s event with a one-line reason.
    static func obpRequest(_ body: @escaping @Sendable (OBPProvider) async -> Event,
                           unsupported: @escaping @Sendable (BankError) -> Event) -> ScreenCommand<Event> {
        .run { provider in
            guard let obp = provider as? OBPProvider else {
                return unsupported(BankError(kind: .invalidInput, message: "only an OBP server has views and access to edit"))
            }
            return await body(obp)
        }
    }
}
