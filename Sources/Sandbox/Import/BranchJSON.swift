import Foundation

/// Turns an imported branch into OBP's branch JSON. The import format gives opening hours as one text
/// ("Monday: 09:00 - 16:30</br>Tuesday: ..."); OBP's JSON wants them per day.
enum BranchJSON {
    private static let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static func make(_ branch: OBPImportFile.Branch) -> JSON {
        let address = branch.address
        let lobby = openingHours(branch.lobby?.hours)
        let driveUp = openingHours(branch.drive_up?.hours)
        return .obj([
            "id": .string(branch.id),
            "bank_id": .string(branch.bank_id),
            "name": .string(branch.name),
            "address": .obj([
                "line_1": .string(address?.line_1 ?? ""), "line_2": .string(address?.line_2 ?? ""),
                "line_3": .string(address?.line_3 ?? ""), "city": .string(address?.city ?? ""),
                "county": .string(address?.county ?? ""), "state": .string(address?.state ?? ""),
                "postcode": .string(address?.post_code ?? ""), "country_code": .string(address?.country_code ?? ""),
            ]),
            "location": .obj(["latitude": .double(branch.location?.latitude ?? 0),
                              "longitude": .double(branch.location?.longitude ?? 0)]),
            "meta": .obj(["license": .obj(["id": .string("pddl"),
                                           "name": .string("Open Data Commons Public Domain Dedication and License (PDDL)")])]),
            "lobby": .object(days.map { day in
                JSON.Member(key: day, value: .array(lobby[day].map { [hoursJSON($0)] } ?? []))
            }),
            "drive_up": .object(days.map { day in
                JSON.Member(key: day, value: hoursJSON(driveUp[day] ?? ("", "")))
            }),
            "branch_routing": .obj(["scheme": .string("OBP"), "address": .string(branch.id)]),
            "is_accessible": .string("true"),
            "accessibleFeatures": .string(""),
            "branch_type": .string(""),
            "more_info": .string(""),
            "phone_number": .string(""),
        ])
    }

    private static func hoursJSON(_ hours: (String, String)) -> JSON {
        .obj(["opening_time": .string(hours.0), "closing_time": .string(hours.1)])
    }

    /// "Monday: 09:00 - 16:30" -> ["monday": ("09:00", "16:30")]; days marked closed or unparsable are left out.
    static func openingHours(_ text: String?) -> [String: (String, String)] {
        var result = [String: (String, String)]()
        for line in (text ?? "").components(separatedBy: "</br>") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let times = parts[1].split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard times.count == 2 else { continue }
            result[parts[0].trimmingCharacters(in: .whitespaces).lowercased()] = (times[0], times[1])
        }
        return result
    }
}
