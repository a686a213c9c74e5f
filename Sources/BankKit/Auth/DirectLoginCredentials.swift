/// What DirectLogin needs. The password is held only in memory, never written or logged.
public struct DirectLoginCredentials: Sendable, Hashable {
    public var username: String
    public var password: String
    public var consumerKey: String

    public init(username: String, password: String, consumerKey: String) {
        self.username = username
        self.password = password
        self.consumerKey = consumerKey
    }

    /// `DirectLogin: username=U, password=P, consumer_key=K`, the form OBP documents first.
    var directLoginHeader: HTTPHeader {
        HTTPHeader("DirectLogin", "username=\(username), password=\(password), consumer_key=\(consumerKey)")
    }

    /// `Authorization: DirectLogin username="U",password="P",consumer_key="K"`, which older servers require.
    var authorizationHeader: HTTPHeader {
        func quoted(_ value: String) -> String {
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return HTTPHeader("Authorization", "DirectLogin username=\(quoted(username)),password=\(quoted(password)),"
                          + "consumer_key=\(quoted(consumerKey))")
    }
}

extension DirectLoginCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// Keeps the password out of string interpolation and debugger dumps.
    public var description: String { "DirectLoginCredentials(username: \(username), password: <redacted>)" }
    public var debugDescription: String { description }
}
