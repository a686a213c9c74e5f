import ArgumentParser
import BankKit
import BrowserModel

/// `bankterm views ...`: the views of an account, and making, changing and deleting custom ones.
/// `views --bank B --account A` (no subcommand) lists them, as it always has.
struct ViewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "views", abstract: "List, show, create, update or delete the views of an account.",
        subcommands: [List.self, ViewsShowCommand.self, ViewsCreateCommand.self, ViewsUpdateCommand.self,
                      ViewsRemoveCommand.self],
        defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the views of an account.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: AccountOptions

        @Option(help: "table, json or csv.")
        var format: OutputFormat = .table

        func run() async throws {
            try await CommandRunner.run(global) { _, provider in
                print(Self.render(try await provider.views(account: target.ref), format: format), terminator: "")
            }
        }

        static func render(_ views: [ViewSummary], format: OutputFormat) -> String {
            switch format {
            case .json:
                return JSONRecords.render(views.map(JSONRecords.view)) + "\n"
            case .csv:
                var csv = CSVWriter()
                csv.append(["id", "short_name", "is_public", "is_system", "description"].map { .text($0) })
                for view in views {
                    csv.append([view.id.rawValue, view.shortName, String(view.isPublic), String(view.isSystem),
                                view.description].map { .text($0) })
                }
                return csv.text
            case .table:
                var table = TextTable([.init(title: "ID"), .init(title: "NAME", flexible: true),
                                       .init(title: "PUBLIC"), .init(title: "SYSTEM"),
                                       .init(title: "DESCRIPTION", flexible: true)])
                for view in views {
                    table.append([view.id.rawValue, view.shortName, view.isPublic ? "yes" : "no", view.isSystem ? "yes" : "no",
                                  view.description])
                }
                return table.render(width: TerminalIO.columns()).map { $0 + "\n" }.joined()
            }
        }
    }
}
