/// On disk a transaction's draft keeps the shape drafts.json always had (`target`, `annotation`, `error`), so
/// files written before counterparty drafts existed still load; a counterparty's draft is told apart by its
/// `counterparty_field` key.
extension Draft: Codable {
    private enum CodingKeys: String, CodingKey {
        case target, annotation, error
        case counterpartyField = "counterparty_field"
        case text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let error = try container.decodeIfPresent(String.self, forKey: .error)
        if let field = try container.decodeIfPresent(CounterpartyFieldTarget.self, forKey: .counterpartyField) {
            self.init(field: field, text: try container.decode(String.self, forKey: .text), error: error)
        } else {
            self.init(target: try container.decode(AnnotationTarget.self, forKey: .target),
                      annotation: try container.decode(Annotation.self, forKey: .annotation), error: error)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch change {
        case .annotation(let target, let annotation):
            try container.encode(target, forKey: .target)
            try container.encode(annotation, forKey: .annotation)
        case .counterpartyField(let field, let text):
            try container.encode(field, forKey: .counterpartyField)
            try container.encode(text, forKey: .text)
        }
        try container.encodeIfPresent(error, forKey: .error)
    }
}
