import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A response as it goes on the wire: status, serialised body and, for a GET's 200, its ETag. This is what the
/// response cache keeps, so a cached page is sent from the same buffer every time, neither copied nor re-hashed.
struct RenderedResponse: Sendable {
    static let contentType = "application/json; charset=utf-8"

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
        // A page of fifty transactions is about 65 KB: growing to it from less would copy it several times over.
        // The array lives only until it is copied into the buffer.
        // A body already written as bytes (a page of transactions) is used as it is, not copied into another array.
        let bytes: [UInt8]
        if case .raw(let written) = json { bytes = written } else { bytes = json.bytes(reserving: 96 * 1024) }
        body = ByteBuffer(bytes: bytes)
        etag = withETag ? "\"\(StableHash.etag(bytes))\"" : nil
    }

    /// The HTTP response to `request`: 304 with no body when its `If-None-Match` names this ETag.
    func response(to request: Request) -> Response {
        var headers = HTTPFields()
        guard let body else { return Response(status: .init(code: status), headers: headers) }
        if let etag {
            headers[.eTag] = etag
            if let match = request.headers[.ifNoneMatch],
               match.split(separator: ",").contains(where: { Self.stripWeak($0) == etag }) {
                return Response(status: .notModified, headers: headers)
            }
        }
        headers[.contentType] = Self.contentType
        return Response(status: .init(code: status), headers: headers, body: ResponseBody(byteBuffer: body))
    }

    private static func stripWeak(_ tag: Substring) -> String {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed
    }
}
