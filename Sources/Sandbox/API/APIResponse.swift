struct APIResponse: Sendable {
    let status: Int
    let body: JSON?

    static func ok(_ body: JSON) -> APIResponse { APIResponse(status: 200, body: body) }
    static func created(_ body: JSON) -> APIResponse { APIResponse(status: 201, body: body) }
    static let noContent = APIResponse(status: 204, body: nil)
    static let success = JSON.obj(["success": .string("Success")])
}
