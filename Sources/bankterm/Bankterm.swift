import ArgumentParser

@main
struct Bankterm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bankterm",
        abstract: "A keyboard-driven terminal browser for open-banking APIs (Open Bank Project, OP).",
        // Each command lives in its own file under Sources/bankterm/Commands/.
        subcommands: []
    )

    @OptionGroup var global: GlobalOptions
}
