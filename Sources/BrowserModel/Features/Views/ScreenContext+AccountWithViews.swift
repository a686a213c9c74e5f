import BankKit

extension ScreenContext {
    /// The open account, for a screen about its views; or the screen's refusal when the provider has no views
    /// (`noViews`, after the provider's name) or no account is open (`noAccount`).
    func accountWithViews(noViews: String, noAccount: String) -> Result<Account, ScreenRefusal> {
        guard capabilities.supportsViews else { return .failure(ScreenRefusal("\(providerName) \(noViews)")) }
        guard let account else { return .failure(ScreenRefusal(noAccount)) }
        return .success(account)
    }
}
