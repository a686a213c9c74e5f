import ArgumentParser

/// The options every command accepts, before or after the command name (DESIGN.md, "The command line").
/// They override the chosen profile in `config.toml`.
struct GlobalOptions: ParsableArguments {
    @Option(help: "The profile in config.toml to use.")
    var profile: String?

    @Option(name: .customLong("base-url"), help: "The API host, e.g. https://apisandbox.openbankproject.com.")
    var baseURL: String?

    @Option(name: .customLong("api-version"), help: "OBP API version: v1.1, or v3.0.0 to v5.1.0 (default v5.1.0).")
    var apiVersion: String?

    @Option(help: "The username to log in with.")
    var username: String?

    @Option(name: .customLong("consumer-key"), help: "The OBP consumer key of the application.")
    var consumerKey: String?

    @Option(help: "A DirectLogin token to use instead of logging in (prefer BANKTERM_TOKEN: argv is visible to other users).")
    var token: String?

    @Option(help: "obp or op.")
    var provider: String?

    @Option(help: "The colour theme (a name in themes/ or the config dir).")
    var theme: String?

    @Option(name: .customLong("retry-budget"),
            help: "Seconds a command may spend on failed attempts and retries in all (default 45; the browser has none).")
    var retryBudget: Double?
}
