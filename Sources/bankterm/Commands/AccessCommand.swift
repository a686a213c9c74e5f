import ArgumentParser
import BankKit

/// `bankterm access list|grant|revoke`: who may use which view of an account.
struct AccessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access", abstract: "List, grant or revoke users' access to an account's views.",
        subcommands: [AccessListCommand.self, AccessGrantCommand.self, AccessRevokeCommand.self])
}

/// The user a grant or revoke is about: a username at an identity provider (by default the caller's own).
struct GranteeOptions: ParsableArguments {
    @Argument(help: "The user's username (OBP's PROVIDER_ID).")
    var user: String

    @Option(name: .customLong("identity-provider"),
            help: "The user's identity provider (default: your own, as `users/current` names it).")
    var identityProvider: String?

    func provider(_ obp: OBPProvider) async throws -> String {
        if let identityProvider { return identityProvider }
        guard let provider = try await obp.currentUser().provider, !provider.isEmpty else {
            throw BankError(kind: .invalidInput, message: "the server did not name your identity provider: pass --identity-provider")
        }
        return provider
    }
}

struct AccessListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Who has which views of the account.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Option(help: "table or json.")
    var format: RecordFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            print(Self.render(try await OBPCommand.obp(provider).accessList(account: target.ref), format: format),
                  terminator: "")
        }
    }

    static func render(_ grants: [AccessGrant], format: RecordFormat) -> String {
        if format == .json { return JSONRecords.render(grants.map(JSONRecords.accessGrant)) + "\n" }
        var table = TextTable([.init(title: "USER"), .init(title: "VIEWS", flexible: true),
                               .init(title: "PROVIDER", flexible: true), .init(title: "USER ID")])
        for grant in grants {
            table.append([grant.user.displayName, grant.views.map(\.id.rawValue).joined(separator: ","), grant.user.provider,
                          grant.user.id.rawValue])
        }
        return table.render(width: TerminalIO.columns()).map { $0 + "\n" }.joined()
    }
}

struct AccessGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Give a user one or more views.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions
    @OptionGroup var grantee: GranteeOptions

    @Argument(help: "The views to give.")
    var views: [ViewID]

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let obp = try OBPCommand.obp(provider)
            guard !views.isEmpty else { throw BankError(kind: .invalidInput, message: "name at least one view to grant") }
            let granted = try await obp.grantAccess(to: grantee.user, provider: grantee.provider(obp), views: views,
                                                    account: target.ref)
            print(ViewsCommand.List.render(granted, format: format), terminator: "")
        }
    }
}

struct AccessRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Take views (or, with --all, every view) away from a user.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions
    @OptionGroup var grantee: GranteeOptions

    @Argument(help: "The views to take away.")
    var views: [ViewID] = []

    @Flag(help: "Take every view of the account away from the user.")
    var all = false

    @Flag(help: "Do not ask first.")
    var yes = false

    func validate() throws {
        guard all != !views.isEmpty else { throw ValidationError("name the views to revoke, or pass --all (not both)") }
    }

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let obp = try OBPCommand.obp(provider)
            let what = all ? "every view" : views.map(\.rawValue).joined(separator: ", ")
            guard OBPCommand.confirmed("Take \(what) of account \(target.account) away from \(grantee.user)?", yes: yes)
            else { throw OBPCommand.declined }
            try await Self.revoke(views, all: all, from: grantee.user, provider: grantee.provider(obp), in: target.ref, obp)
        }
    }

    /// One DELETE per view, in order; the first refusal stops.
    static func revoke(_ views: [ViewID], all: Bool, from user: String, provider: String, in account: AccountRef,
                       _ obp: OBPProvider) async throws {
        if all { return try await obp.revokeAllAccess(from: user, provider: provider, account: account) }
        for view in views {
            try await obp.revokeAccess(from: user, provider: provider, view: view, account: account)
        }
    }
}
