import Foundation

extension OBPWire {
    /// OBP API v1.1's answers in the later shapes the decoders read: one-key wrappers (`{"bank":{..}}`) opened,
    /// `"unauthorized"` (v1.1's word for a value the view hides) made null, a transaction's `this_account.holder`
    /// list named `holders`, `details.type_en` named `type`, and an account's `bank.IBAN` lifted to `IBAN`.
    /// Anything that is not JSON is passed on unchanged, for the decoder to report.
    public static func fromV1_1(_ data: Data) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return data }
        let modern = modernize(unwrap(object))
        return (try? JSONSerialization.data(withJSONObject: modern, options: [.fragmentsAllowed])) ?? data
    }

    private static let wrappers: Set<String> = ["bank", "account", "transaction", "office", "other_account"]

    private static func unwrap(_ value: Any) -> Any {
        if let object = value as? [String: Any], object.count == 1, let key = object.keys.first, wrappers.contains(key),
           let inner = object[key] as? [String: Any] {
            return inner
        }
        return value
    }

    private static func modernize(_ value: Any) -> Any {
        switch value {
        case let text as String:
            return text == "unauthorized" ? NSNull() : text
        case let items as [Any]:
            return items.map { modernize(unwrap($0)) }
        case var object as [String: Any]:
            if let holders = object["holder"] as? [Any], object["holders"] == nil {
                object["holders"] = holders
                object["holder"] = nil
            }
            if let type = object["type_en"], object["type"] == nil { object["type"] = type }
            if let id = object["uuid"], object["id"] == nil { object["id"] = id }
            if let bank = object["bank"] as? [String: Any], let iban = bank["IBAN"], object["IBAN"] == nil {
                object["IBAN"] = iban
            }
            return object.mapValues(modernize)
        default:
            return value
        }
    }
}
