import BankKit

/// The prompts of `n` (amount, reference, return URL, then a confirmation) and `R` (amount, then a
/// confirmation): each checked as it is typed with BankKit's own rules, so Enter cannot send what OP would refuse.
extension OPPaymentsScreen {
    enum Field {
        static let amount = "amount"
        static let reference = "reference"
        static let returnURL = "return-url"
        static let create = "create"
        static let refundAmount = "refund-amount"
        static let refund = "refund"
    }

    public func validate(field: String, text: String) -> String? {
        switch field {
        case Field.amount:
            return OPAmount.typed(text) == nil ? "euros, e.g. 10 or 10.50" : nil
        case Field.reference:
            return PaymentReference.problem(text.replacingOccurrences(of: " ", with: ""))
        case Field.returnURL:
            return OPNewPayment.urlProblem(Self.returnURL(text))
        case Field.refundAmount:
            guard let cents = OPAmount.typed(text) else { return "euros, e.g. 5 or 5.50" }
            guard let entry = pendingRefundEntry, let left = leftCents(entry) else { return nil }
            return cents > left ? "at most \(OPAmount.text(left)) EUR is left to refund" : nil
        default:
            return nil
        }
    }

    /// The return URL as typed, or pasted whole: `shop.example/ok` gets https://, and a pasted `https://…` is
    /// left alone (a prefilled `https://` made it `https://https://…`).
    public static func returnURL(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.contains("://") ? trimmed : "https://" + trimmed
    }

    private var pendingRefundEntry: OPPaymentEntry? {
        pendingRefund.flatMap { pending in list.items.first { $0.paymentID == pending.paymentID } }
    }

    mutating func submitted(_ field: String, _ text: String) -> [ScreenCommand<OPPaymentsEvent>] {
        switch field {
        case Field.amount:
            draft.amount = OPAmount.typed(text).map(OPAmount.text) ?? text
            return [.prompt(field: Field.reference, title: "Reference (Finnish or RF)", text: "")]
        case Field.reference:
            draft.reference = text.replacingOccurrences(of: " ", with: "")
            return [.prompt(field: Field.returnURL, title: "Return URL", text: "")]
        case Field.returnURL:
            draft.returnURL = Self.returnURL(text)
            return [.confirm(field: Field.create, question: "Create a payment of \(draft.amount) EUR, reference "
                             + "\(draft.reference), returning to \(draft.returnURL)?")]
        case Field.refundAmount:
            guard let pending = pendingRefund else { return [] }
            let amount = OPAmount.typed(text).map(OPAmount.text) ?? text
            pendingRefund?.amount = amount
            return [.confirm(field: Field.refund, question: "Refund \(amount) EUR of payment \(pending.paymentID)?")]
        default:
            return []
        }
    }

    mutating func confirmed(_ field: String) -> [ScreenCommand<OPPaymentsEvent>] {
        guard inFlight == nil else { return [] }
        switch field {
        case Field.create:
            let payment = OPNewPayment(amount: draft.amount, reference: draft.reference, returnURL: draft.returnURL)
            inFlight = "creating a payment"
            return [.run { provider in
                .created(await Result.catching { try await Self.merchantClient(provider).create(payment) })
            }]
        case Field.refund:
            guard let pending = pendingRefund, !pending.amount.isEmpty else { return [] }
            pendingRefund = nil
            // OP wants a reference or a message: the payment's own reference says what is refunded.
            let refund = OPRefund(amount: pending.amount, note: pending.reference.isEmpty
                                  ? .message("refund") : .reference(pending.reference))
            inFlight = "refunding \(pending.paymentID)"
            return [.run { provider in
                .refunded(pending.paymentID, await Result.catching {
                    try await Self.merchantClient(provider).refund(pending.paymentID, refund)
                })
            }]
        default:
            return []
        }
    }
}
