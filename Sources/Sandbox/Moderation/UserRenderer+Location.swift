/// Counterparty locations, which name the user who set them.
extension UserRenderer {
    /// v1.2.1's location names its user by `display_name`, the explicit counterparty JSON by `username`.
    func location(_ location: LocationRecord?, userKey: String) -> JSON {
        guard let location else { return .null }
        let user: JSON = location.user.map {
            .obj(["id": .string($0.id), "provider": .string(provider), userKey: .string($0.username)])
        } ?? .null
        return .obj(["latitude": .double(location.latitude), "longitude": .double(location.longitude),
                     "date": .string(Timestamp.format(location.date)), "user": user])
    }
}
