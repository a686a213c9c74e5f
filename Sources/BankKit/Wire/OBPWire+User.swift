import Foundation

extension OBPWire {
    /// `GET /users/current`.
    public static func user(_ data: Data) throws(BankError) -> User {
        let object = try top(data, "current user")
        let id = try required(object.string("user_id") ?? object.string("id"), "user_id", "current user")
        return User(id: UserID(rawValue: id), username: object.string("username") ?? id, email: object.string("email"),
                    provider: object.string("provider"))
    }

    /// `POST /my/logins/direct`: `{"token": "..."}`.
    public static func token(_ data: Data) throws(BankError) -> String {
        try required(top(data, "login").string("token"), "token", "login")
    }
}
