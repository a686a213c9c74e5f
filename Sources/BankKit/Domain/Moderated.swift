/// A field a view may hide: OBP tells "this view cannot see it" (hidden) apart from "there is none" (absent).
/// Where a plain optional would blur the two, this names them.
public enum Moderated<Value> {
    case hidden
    case absent
    case value(Value)

    /// The value, when there is one and the view shows it.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Whether the view shows the field at all (it may still be absent).
    public var isVisible: Bool {
        if case .hidden = self { return false }
        return true
    }

    /// Visible: the value or absent; hidden otherwise.
    public init(visible: Bool, _ value: Value?) {
        if !visible { self = .hidden } else if let value { self = .value(value) } else { self = .absent }
    }
}

extension Moderated: Sendable where Value: Sendable {}
extension Moderated: Equatable where Value: Equatable {}
extension Moderated: Hashable where Value: Hashable {}
