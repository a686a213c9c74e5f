import ArgumentParser
import BankKit

/// The options of `views create` and `views update` that say what the view shows and allows. Anything left out
/// keeps the value of the view it starts from (`--like`, or the view being updated).
struct ViewSpecOptions: ParsableArguments {
    enum AliasChoice: String, ExpressibleByArgument, CaseIterable {
        case `public`, `private`, none

        var alias: ViewAlias {
            switch self {
            case .public: .publicAlias
            case .private: .privateAlias
            case .none: .none
            }
        }
    }

    @Option(help: ArgumentHelp("can_* flags to switch on, comma-separated (see `views show owner`).", valueName: "can_x,..."))
    var allow: [String] = []

    @Option(help: ArgumentHelp("can_* flags to switch off, comma-separated.", valueName: "can_y,..."))
    var deny: [String] = []

    @Flag(name: .customLong("public"), inversion: .prefixedNo, help: "Whether anyone, logged in or not, may use the view.")
    var isPublic: Bool?

    @Option(help: "Which counterparty name the view shows: public or private alias, or none (the real name).")
    var alias: AliasChoice?

    @Option(name: .customLong("description"), help: "What the view is for.")
    var about: String?

    @Option(name: .customLong("metadata-view"), help: "Share tags, comments and the rest with this view.")
    var metadataView: String?

    @Flag(name: .customLong("hide-metadata-if-alias"), inversion: .prefixedNo,
          help: "Hide the counterparty's metadata when the view shows an alias.")
    var hideMetadataIfAlias: Bool?

    /// `spec` with these options applied; an unknown flag name fails before any request is sent.
    func applied(to spec: ViewSpec) throws -> ViewSpec {
        var spec = spec
        spec.allowedActions.formUnion(try Self.flags(allow))
        spec.allowedActions.subtract(try Self.flags(deny))
        if let isPublic { spec.isPublic = isPublic }
        if let alias { spec.alias = alias.alias }
        if let about { spec.description = about }
        if let metadataView { spec.metadataView = metadataView }
        if let hideMetadataIfAlias { spec.hideMetadataIfAliasUsed = hideMetadataIfAlias }
        return spec
    }

    static func flags(_ lists: [String]) throws -> Set<ViewFlag> {
        var flags = Set<ViewFlag>()
        for name in lists.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !name.isEmpty {
            guard let flag = ViewFlag(actionName: name) else {
                throw BankError(kind: .invalidInput, message: "unknown view permission \"\(name)\" (see `bankterm views show owner`)")
            }
            flags.insert(flag)
        }
        return flags
    }
}
