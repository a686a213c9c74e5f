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
        let (head, body) = answer(ifNoneMatch: request.headers[.ifNoneMatch])
        return Response(status: head.status, headers: head.headerFields,
                        body: body.map(ResponseBody.init(byteBuffer:)) ?? .init())
    }

    /// The status, headers and body that answer a request with `ifNoneMatch` as its `If-None-Match`; the body is
    /// nil for a 304 and for a response without one.
    func answer(ifNoneMatch: String?) -> (head: HTTPResponse, body: ByteBuffer?) {
        var headers = HTTPFields()
        guard let body else { return (HTTPResponse(status: .init(code: status), headerFields: headers), nil) }
        if let etag {
            headers[.eTag] = etag
            if let match = ifNoneMatch, match.split(separator: ",").contains(where: { Self.stripWeak($0) == etag }) {
                return (HTTPResponse(status: .notModified, headerFields: headers), nil)
            }
        }
        headers[.contentType] = Self.contentType
        return (HTTPResponse(status: .init(code: status), headerFields: headers), body)
    }

    private static func stripWeak(_ tag: Substring) -> String {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed
    }
}
