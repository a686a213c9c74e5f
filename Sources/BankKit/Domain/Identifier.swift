/// An id a server gave to one kind of thing. The tag keeps kinds apart, so the compiler refuses an account id
/// where a bank id belongs; on the wire and on disk it is the bare string, as the server sent it.
/// A canonical lowercase UUID, which is how most servers spell transaction ids, is kept as its 16 bytes: as a
/// string its 36 characters need a heap allocation of 80 bytes, and a browser holds a million of them.
public struct Identifier<Kind>: RawRepresentable, Sendable, Hashable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    private let storage: IdentifierStorage

    public init(rawValue: String) { storage = IdentifierStorage(rawValue) }
    public init(_ rawValue: String) { storage = IdentifierStorage(rawValue) }
    public init(stringLiteral value: String) { storage = IdentifierStorage(value) }

    public init(from decoder: any Decoder) throws {
        storage = IdentifierStorage(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The id exactly as the server spelled it.
    public var rawValue: String { storage.text }

    /// Calls `body` with `rawValue`'s UTF-8, without making a string of a packed UUID: for writers of long lists.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { storage.withUTF8(body) }

    /// The id as the server spells it, so `"\(id)"` builds paths and messages.
    public var description: String { rawValue }
    public var isEmpty: Bool { storage.isEmpty }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.storage < rhs.storage }

    // Written out: for a RawRepresentable type the standard library's defaults would win over the synthesized
    // ones and compare and hash `rawValue`, spelling a packed UUID into a new string each time (a twentieth of
    // `transactions --all`'s CPU went on the walk's set of seen ids).
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.storage == rhs.storage }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }
}

/// The kinds of ids: never made, only named as `Identifier`'s tag.
public enum BankIDKind {}
public enum AccountIDKind {}
public enum ViewIDKind {}
public enum TransactionIDKind {}
public enum CounterpartyIDKind {}
public enum UserIDKind {}

public typealias BankID = Identifier<BankIDKind>
public typealias AccountID = Identifier<AccountIDKind>
public typealias ViewID = Identifier<ViewIDKind>
public typealias TransactionID = Identifier<TransactionIDKind>
public typealias CounterpartyID = Identifier<CounterpartyIDKind>
public typealias UserID = Identifier<UserIDKind>
