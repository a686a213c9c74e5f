/// Users as OBP shows them inside other objects (`{id, provider, display_name}`) and as `users/current`.
struct UserRenderer: Sendable {
    /// OBP names the identity provider by its host URL.
    let provider: String

    func reference(_ user: UserRecord) -> JSON {
        .obj(["id": .string(user.id), "provider": .string(provider), "display_name": .string(user.username)])
    }

    func current(_ user: UserRecord, entitlements: [EntitlementRecord]) -> JSON {
        .obj([
            "user_id": .string(user.id), "email": .string(user.email), "provider_id": .string(user.username),
            "provider": .string(provider), "username": .string(user.username),
            "entitlements": EntitlementRenderer.list(entitlements),
        ])
    }
}
