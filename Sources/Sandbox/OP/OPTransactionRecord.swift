/// One transaction of the OP demo data; the amount in cents, negative when money leaves the account.
struct OPTransactionRecord: Sendable {
    let id: String
    let accountID: String
    let booking: Int64
    let value: Int64
    let amount: Int
    let message: String
    let reference: String
    let payerIban: String
    let payerName: String
    let receiverIban: String
    let receiverName: String
    let type: String
    let purpose: String

    var json: JSON {
        .obj(["transactionId": .string(id), "accountId": .string(accountID),
              "bookingDate": .string(Timestamp.format(booking)), "valueDate": .string(Timestamp.format(value)),
              "amount": OPJSON.amount(amount), "currency": .string("EUR"), "message": .string(message),
              "reference": .string(reference), "payerIban": .string(payerIban), "payerName": .string(payerName),
              "receiverIban": .string(receiverIban), "receiverName": .string(receiverName), "type": .string(type),
              "purpose": .string(purpose)])
    }
}
