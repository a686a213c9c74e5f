import BankKit

/// The OP accounts API over the generated data: `GET /v1/accounts`, `/v1/accounts/{id}`,
/// `/v1/accounts/{id}/transactions` and `/v1/accounts/{id}/transactions/{tx}`, for the customer whose
/// `x-authorization` token is sent.
struct OPAPI: Sendable {
    let data: OPDataset
    /// Payments and refunds of OP Online Payment, on top of the generated data.
    let credits: OPAccountCredits

    /// `path` is the request path split at `/`, starting with `v1`; `token` has been checked to be a customer's.
    func handle(method: String, path: [String], token: String) throws(OPError) -> JSON {
        guard method == "GET" else { throw .methodNotAllowed }
        guard path.count >= 2, path[0] == "v1", path[1] == "accounts" else { throw .notFound }
        for id in path.dropFirst(2) where !Self.isValidID(id) { throw .invalidID }
        switch path.count {
        case 2:
            return .array((data.accounts[token] ?? []).map { credits.applied(to: $0).json })
        case 3:
            return try credits.applied(to: account(path[2], token: token)).json
        case 4 where path[3] == "transactions":
            let account = try account(path[2], token: token)
            return .array(transactions(account.id).reversed().map(\.json))
        case 5 where path[3] == "transactions":
            let account = try account(path[2], token: token)
            guard let tx = transactions(account.id).first(where: { $0.id == path[4] }) else {
                throw .transactionNotFound
            }
            return tx.json
        default:
            throw .notFound
        }
    }

    /// The generated transactions and then those OP Online Payment added, oldest first.
    private func transactions(_ account: String) -> [OPTransactionRecord] {
        (data.transactions[account] ?? []) + credits.transactions(account: account)
    }

    /// Another customer's account is "not found", not "forbidden": a token must not learn which ids exist.
    private func account(_ id: String, token: String) throws(OPError) -> OPAccountRecord {
        guard let account = data.account(id, token: token) else { throw .accountNotFound }
        return account
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 128 && id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "-")
        }
    }
}
