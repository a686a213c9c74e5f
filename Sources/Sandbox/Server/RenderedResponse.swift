import NIOCore

/// A response as it goes on the wire: status, serialised body and, for a GET's 200, its ETag. This is what the
/// response cache keeps, so a cached page is sent from the same buffer every time, neither copied nor re-hashed.
struct RenderedResponse: Sendable {
    let status: Int
    let body: ByteBuffer?
    let etag: String?

    init(_ response: APIResponse, withETag: Bool) {
        status = response.status
        guard let json = response.body else {
            body = nil
            etag = nil
            return
        }
        let bytes = json.bytes
        body = ByteBuffer(bytes: bytes)
        etag = withETag ? "\"\(StableHash.etag(bytes))\"" : nil
    }
}
