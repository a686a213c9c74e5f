@testable import BankKit
import Foundation

/// A parsed document as a tree, so tests can state what the parser read in one literal. The product never builds
/// one: decoders read `JSONDocument`'s tokens directly.
indirect enum JSONTree: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([Member])

    struct Member: Equatable {
        var key: String
        var value: JSONTree
    }

    static func parse(_ data: Data) throws(JSONParser.Failure) -> JSONTree {
        JSONTree(try JSONParser.parse(data), token: 0)
    }

    init(_ document: JSONDocument, token: Int) {
        switch document.tokens[token].kind {
        case .null: self = .null
        case .true: self = .bool(true)
        case .false: self = .bool(false)
        case .number: self = .number(document.text(at: token))
        case .string, .escapedString: self = .string(document.text(at: token))
        case .array: self = .array(document.elements(of: token).map { JSONTree(document, token: $0) })
        case .object:
            var members: [Member] = []
            let elements = document.elements(of: token)
            for pair in stride(from: 0, to: elements.count, by: 2) {
                members.append(Member(key: document.text(at: elements[pair]), value: JSONTree(document, token: elements[pair + 1])))
            }
            self = .object(members)
        }
    }
}
