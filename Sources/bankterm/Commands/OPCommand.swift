import ArgumentParser

/// `bankterm op ...`: OP Online Payment for a merchant, every request signed with the profile's private key.
struct OPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "op",
        abstract: "OP Online Payment: create, follow and refund payments (signed with the merchant's key).",
        discussion: """
            Needs an OP merchant profile in config.toml: provider = "op", base_url, api_key, merchant_id, \
            account_id, private_key_file (mode 0600) and key_version. See README, "OP Online Payment".
            """,
        subcommands: [OPPaymentCommand.self, OPProvidersCommand.self, OPReferenceCommand.self])
}

/// `bankterm op payment create|status|refund`.
struct OPPaymentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment", abstract: "Create a payment, follow its status, or refund it.",
        subcommands: [OPPaymentCreateCommand.self, OPPaymentStatusCommand.self, OPPaymentRefundCommand.self])
}

/// `--format table|json` for the `op` commands (there is nothing to put in CSV).
struct OPFormatOption: ParsableArguments {
    @Option(help: "table (key and value lines) or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard format != .csv else { throw ValidationError("--format csv is not offered here: use table or json") }
    }

    var isJSON: Bool { format == .json }
}
