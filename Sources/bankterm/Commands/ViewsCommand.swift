import ArgumentParser
import BankKit
import BrowserModel

/// `bankterm views --bank B --account A`: the views of an account the user may look through.
struct ViewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "views", abstract: "List the views of an account.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let views = try await provider.views(account: target.ref)
            switch format {
            case .json:
                print(JSONRecords.render(views.map(JSONRecords.view)))
            case .csv:
                var csv = CSVWriter(clean: TerminalIO.csvCleaner)
                csv.append(["id", "short_name", "is_public", "is_system", "description"].map { .text($0) })
                for view in views {
                    csv.append([view.id, view.shortName, String(view.isPublic), String(view.isSystem),
                                view.description].map { .text($0) })
                }
                print(csv.text, terminator: "")
            case .table:
                var table = TextTable([.init(title: "ID"), .init(title: "NAME", flexible: true),
                                       .init(title: "PUBLIC"), .init(title: "SYSTEM"),
                                       .init(title: "DESCRIPTION", flexible: true)])
                for view in views {
                    table.append([view.id, view.shortName, view.isPublic ? "yes" : "no", view.isSystem ? "yes" : "no",
                                  view.description])
                }
                table.render(width: TerminalIO.columns()).forEach { print($0) }
            }
        }
    }
}
