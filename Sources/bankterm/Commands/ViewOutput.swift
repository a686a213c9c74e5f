import BankKit

/// One view in full, as `views show`, `views create` and `views update` print it: its settings, then every
/// flag with its group.
enum ViewOutput {
    static func render(_ view: ViewDetails, format: RecordFormat) -> String {
        if format == .json { return JSONRecords.render(JSONRecords.viewDetails(view)) + "\n" }
        var settings = TextTable([.init(title: "SETTING"), .init(title: "VALUE", flexible: true)])
        settings.append(["id", view.id.rawValue])
        settings.append(["name", view.summary.shortName])
        settings.append(["description", view.summary.description])
        settings.append(["public", view.summary.isPublic ? "yes" : "no"])
        settings.append(["system", view.summary.isSystem ? "yes" : "no"])
        settings.append(["alias", view.alias == .none ? "none" : view.alias.rawValue])
        settings.append(["metadata view", view.metadataView ?? view.id.rawValue])
        settings.append(["hide metadata if alias", view.hideMetadataIfAliasUsed ? "yes" : "no"])
        var flags = TextTable([.init(title: "FLAG"), .init(title: "GROUP"), .init(title: "ALLOWED")])
        for (group, members) in ViewFlag.byGroup {
            for flag in members {
                flags.append([flag.rawValue, group.rawValue, view.permissions.contains(ViewPermission(flag)) ? "yes" : "no"])
            }
        }
        let unknown = view.permissions.filter { ViewFlag(rawValue: $0.rawValue) == nil }.map(\.rawValue).sorted()
        for name in unknown { flags.append([name, "other", "yes"]) }
        let width = TerminalIO.columns()
        return (settings.render(width: width) + [""] + flags.render(width: width)).joined(separator: "\n") + "\n"
    }
}
