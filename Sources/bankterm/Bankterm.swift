import ArgumentParser

@main
struct Bankterm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bankterm",
        abstract: "A keyboard-driven terminal browser for open-banking APIs (Open Bank Project, OP).",
        // Each command lives in its own file under Sources/bankterm/Commands/.
        subcommands: [UICommand.self, DemoCommand.self, LoginCommand.self, LogoutCommand.self, BanksCommand.self,
                      AccountsCommand.self, ViewsCommand.self, AccessCommand.self, TransactionsCommand.self, TxCommand.self,
                      SandboxCommand.self, OPCommand.self, APICommand.self, PayCommand.self, PaymentsCommand.self,
                      AccountCommand.self, FXCommand.self, CounterpartiesCommand.self],
        defaultSubcommand: UICommand.self
    )

    @OptionGroup var global: GlobalOptions
}
