/// Every screen `:` opens by name. Adding a screen is its folder under `Features/` and one line here.
public enum ScreenRegistry {
    public static let screens: [any ScreenFeature.Type] = [
        BranchesScreen.self,
        ViewsScreen.self,
        OPPaymentsScreen.self,
        PaymentsScreen.self,
        AccountScreen.self,
        APIConsoleScreen.self,
        AccessScreen.self,
        CompareScreen.self,
        CustomerScreen.self,
        CounterpartiesScreen.self,
    ]

    public static var names: [String] { screens.map { $0.name } }

    static func named(_ name: String) -> (any ScreenFeature.Type)? {
        let wanted = name.lowercased()
        return screens.first { $0.name == wanted }
    }
}
