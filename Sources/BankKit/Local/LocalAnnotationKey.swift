/// Names the transaction a local annotation belongs to. The provider is part of the key so that two providers'
/// transaction ids can never collide.
public struct LocalAnnotationKey: Sendable, Hashable {
    public var provider: String
    public var account: String
    public var transaction: String

    public init(provider: String, account: String, transaction: String) {
        self.provider = provider
        self.account = account
        self.transaction = transaction
    }
}
