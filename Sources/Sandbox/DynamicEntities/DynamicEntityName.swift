import Foundation

/// The names OBP derives from an entity's name (`DynamicEntityHelper`, `DynamicEntityInfo`): the JSON keys of its
/// records and lists, its id field, the words of its docs, and the four roles its generated endpoints ask for.
struct DynamicEntityName: Sendable, Equatable {
    let name: String
    /// The bank of a bank-level entity; nil for a system-level one.
    let bankID: String?

    /// OBP's entity and field name rule.
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// Lift's `StringHelpers.snakify`: `FooBar` -> `foo_bar`, `HTMLPage` -> `html_page`.
    private var snakified: String {
        name.replacingOccurrences(of: "([A-Z]+)([A-Z][a-z])", with: "$1_$2", options: .regularExpression)
            .replacingOccurrences(of: "([a-z\\d])([A-Z])", with: "$1_$2", options: .regularExpression)
            .lowercased()
            .replacingOccurrences(of: "[-_]*$", with: "", options: .regularExpression)
    }

    /// The key of one record in a response: `foo_bar`.
    var singleKey: String { snakified }

    /// The key of the list in a response: `foo_bar_list`.
    var listKey: String { snakified + "_list" }

    /// The id field OBP adds to every record (`DynamicEntityHelper.createEntityId`): `foo_bar_id`.
    var idField: String {
        "\(name)_Id".replacingOccurrences(of: "(?<=[a-z0-9])(?=[A-Z])|-", with: "_", options: .regularExpression)
            .lowercased()
    }

    /// The id's placeholder in a documented URL: `FOO_BAR_ID`.
    var idPlaceholder: String { idField.uppercased() }

    /// The name in words, as OBP's generated docs write it: `someMultiple-part_Name` -> `Some Multiple Part Name`.
    var words: String {
        name.replacingOccurrences(of: "(?<=[a-z0-9])(?=[A-Z])|-|_", with: " ", options: .regularExpression)
            .split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    enum Operation: String, CaseIterable, Sendable {
        case create = "Create", update = "Update", get = "Get", delete = "Delete"
    }

    /// The role a generated endpoint asks for: `CanGetDynamicEntity_FooBar` at the entity's bank, or
    /// `CanGetDynamicEntity_SystemFooBar` system-wide.
    func role(_ operation: Operation) -> String {
        "Can\(operation.rawValue)DynamicEntity_\(bankID == nil ? "System" : "")\(name)"
    }

    var roles: [String] { Operation.allCases.map(role) }
}
