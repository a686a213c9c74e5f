import HTTPTypes
import Hummingbird

/// The OBP side of the sandbox on Hummingbird's router: DirectLogin, every route of `OBPRoutes.all` registered
/// under each version prefix that serves it (so a version that lacks an endpoint has no route for it and answers
/// OBP-10404 like any unknown path), and the dynamic entities' generated endpoints.
enum SandboxRouter {
    static func responder(endpoints: OBPEndpoints, front: OBPFrontMiddleware) -> RouterResponder<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Before any route: Hummingbird wraps only the routes added after a middleware (and the not-found answer).
        router.add(middleware: front)
        router.post("/my/logins/direct") { request, _ in try await endpoints.login(request) }
        for route in OBPRoutes.all {
            let method = HTTPRequest.Method(route.method)!
            for version in APIVersion.allCases where route.serves(version) {
                router.on(RouterPath("/obp/\(version.rawValue)/\(route.pattern)"), method: method) { request, context in
                    try await endpoints.serve(route, version: version, request: request, context: context)
                }
            }
        }
        // The generated endpoints of dynamic entities have a prefix of their own instead of a version's.
        for route in DynamicEntityRoutes.all {
            router.on(RouterPath("/obp/\(DynamicEntityRoutes.prefix)/\(route.pattern)"), method: HTTPRequest.Method(route.method)!) {
                request, context in
                try await endpoints.serve(route, version: DynamicEntityRoutes.version, request: request, context: context)
            }
        }
        return router.buildResponder()
    }
}
