import Foundation

/// OBP's own example bodies, errors and descriptions per operation, read from a resource-docs file OBP serves
/// (`bankterm sandbox --resource-docs FILE`, e.g. API Explorer's `resource-docs.json`). The sandbox ships none of
/// OBP's text: without a file its docs carry empty examples, as OBP writes for an endpoint without a body.
struct ResourceDocExamples: Sendable {
    struct Example: Sendable {
        let request: JSON
        let response: JSON
        let errors: [String]
        let description: String
    }

    let byName: [String: Example]

    static let none = ResourceDocExamples(byName: [:])

    /// The examples keyed by operation name (`OBPv4.0.0-getBanks` -> `getBanks`); the newest version's wins.
    static func load(path: String) throws -> ResourceDocExamples {
        struct Docs: Decodable {
            struct Doc: Decodable {
                let operation_id: String
                let implemented_by: Implementation?
                let example_request_body: JSON?
                let success_response_body: JSON?
                let error_response_bodies: [String]?
                let description: String?
            }

            struct Implementation: Decodable { let version: String? }

            let resource_docs: [Doc]
        }
        let docs = try JSONDecoder().decode(Docs.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        var byName = [String: (version: String, example: Example)]()
        for doc in docs.resource_docs {
            let name = String(doc.operation_id.split(separator: "-", maxSplits: 1).last ?? "")
            let version = doc.implemented_by?.version ?? ""
            if let known = byName[name], known.version.compare(version, options: .numeric) == .orderedDescending { continue }
            byName[name] = (version, Example(request: doc.example_request_body ?? .obj([:]),
                                             response: doc.success_response_body ?? .obj([:]),
                                             errors: doc.error_response_bodies ?? [], description: doc.description ?? ""))
        }
        return ResourceDocExamples(byName: byName.mapValues(\.example))
    }
}
