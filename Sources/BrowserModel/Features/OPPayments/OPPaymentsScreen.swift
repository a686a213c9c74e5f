import BankKit
import Foundation

/// `:oppayments`: the OP Online Payment payments this machine created (OP has no list endpoint, so they come from
/// the merchant client's `OPPaymentLedger`), with their status, amount, reference, refunded total and age. Enter
/// asks OP for the live status; `y` copies the browser-flow URL, `R` refunds, `n` creates a payment. Creates and
/// refunds ask first and are never retried.
public struct OPPaymentsScreen: ScreenFeature {
    public static let name = "oppayments"
    public static let summary = "OP merchant payments made here: status, refunds, new payments"

    /// What `n` has gathered so far, prompt by prompt.
    struct Draft: Sendable, Hashable {
        var amount = ""
        var reference = ""
        var returnURL = ""
    }

    public internal(set) var list = LoadableList<OPPaymentEntry>()
    /// When the list was read, for the age column: the presentation stays a pure function of the state.
    public internal(set) var now = Date(timeIntervalSince1970: 0)
    /// Enter opened the selected payment.
    public internal(set) var isShowingPayment = false
    /// OP's live answers by payment id, from Enter.
    public internal(set) var live: [String: Result<OPPaymentStatus, BankError>] = [:]
    public internal(set) var fetchingStatus: String?
    /// A create or a refund on its way: no second one until it answers.
    public internal(set) var inFlight: String?
    var draft = Draft()
    /// The payment and amount `R` asked about, until the confirmation.
    var pendingRefund: (paymentID: String, amount: String, reference: String)?

    public init() {}

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.capabilities.supportsMerchantPayments ? nil
            : ScreenRefusal("no OP merchant profile: set provider = \"op\" and merchant_id, "
                            + "private_key_file in config.toml")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<OPPaymentsScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        return .success(OPPaymentsScreen())
    }

    public var title: String { "OP payments made here (\(list.items.count))" }

    public var activity: String? {
        if let inFlight { return inFlight }
        if let fetchingStatus { return "status of \(fetchingStatus)" }
        return list.isLoading ? "OP payments" : nil
    }

    public var bindings: [ScreenBinding<OPPaymentsEvent>] {
        [ScreenBinding([.character("y")], "copy the payment's browser-flow URL", hint: "copy URL", event: .copyURL,
                       disabledReason: list.selected == nil ? "no payment selected"
                           : list.selected?.browserFlowURL == nil ? "a refund has no browser-flow URL" : nil),
         ScreenBinding([.character("R")], "refund part or all of the payment", hint: "refund", event: .refund,
                       disabledReason: refundDisabledReason),
         ScreenBinding([.character("n")], "create a payment (amount, reference, return URL)", hint: "new",
                       event: .new, disabledReason: inFlight.map { "wait: \($0)" })]
    }

    var refundDisabledReason: String? {
        guard let entry = list.selected else { return "no payment selected" }
        if let inFlight { return "wait: \(inFlight)" }
        if entry.refundOf != nil { return "a refund cannot be refunded" }
        if let left = leftCents(entry), left <= 0 { return "nothing is left to refund" }
        return nil
    }

    /// Reads the ledger, asking OP again about the payments that can still move; with a payment open, `r` asks
    /// about that one too, so its status fields do not stay as Enter first saw them.
    public mutating func load(reload: Bool) -> [ScreenCommand<OPPaymentsEvent>] {
        list.begin()
        let shown = isShowingPayment ? list.selected.map { fetchStatus($0.paymentID) } : nil
        return [.run { provider in
            let result = await Result.catching { () async throws -> [OPPaymentEntry] in
                let client = try Self.merchantClient(provider)
                guard let ledger = client.ledger else { return [] }
                let merchantID = client.configuration.merchantID
                // The ledger's status is the last one seen; ask OP again for those that can still move. One that
                // cannot be asked keeps its last status, and Enter on it shows why.
                for entry in try await ledger.entries(merchantID: merchantID) where !entry.isSettled {
                    _ = try? await client.status(entry.paymentID)
                }
                return try await ledger.entries(merchantID: merchantID)
            }
            return .loaded(result, at: Date())
        }] + (shown.map { [$0] } ?? [])
    }

    /// The signing client behind the provider; the screen only opens when the provider has one.
    static func merchantClient(_ provider: any BankProvider) throws(BankError) -> OPPaymentClient {
        guard let client = (provider as? OPProvider)?.merchantClient else {
            throw BankError(kind: .invalidInput, message: "no OP merchant profile is configured")
        }
        return client
    }

    public mutating func handle(_ input: ScreenInput<OPPaymentsEvent>) -> [ScreenCommand<OPPaymentsEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open:
            guard let entry = list.selected else { return [] }
            isShowingPayment = true
            return [fetchStatus(entry.paymentID)]
        case .back:
            guard isShowingPayment else { return [.pop] }
            isShowingPayment = false
        case .submitted(let field, let text): return submitted(field, text)
        case .confirmed(let field): return confirmed(field)
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: OPPaymentsEvent) -> [ScreenCommand<OPPaymentsEvent>] {
        switch event {
        case .loaded(let result, let date):
            now = date
            list.finish(result)
        case .status(let paymentID, let result):
            if fetchingStatus == paymentID { fetchingStatus = nil }
            live[paymentID] = result
            if case .success(let status) = result, let index = list.items.firstIndex(where: { $0.id == paymentID }) {
                var items = list.items
                items[index].status = status.status
                items[index].totalRefunded = status.totalRefundedAmount ?? items[index].totalRefunded
                list.replace(items)
            }
        case .copyURL:
            if let url = list.selected?.browserFlowURL { return [.copy(url), .inform("copied the browser-flow URL")] }
        case .refund:
            guard refundDisabledReason == nil, let entry = list.selected, let left = leftCents(entry) else { return [] }
            pendingRefund = (entry.paymentID, "", entry.reference)
            return [.prompt(field: Field.refundAmount, title: "Refund (at most \(OPAmount.text(left)) EUR)",
                            text: OPAmount.text(left))]
        case .new:
            guard inFlight == nil else { return [] }
            draft = Draft()
            return [.prompt(field: Field.amount, title: "Amount (EUR, e.g. 10.00)", text: "")]
        case .refunded(let paymentID, let result):
            inFlight = nil
            switch result {
            case .success(let refund):
                // The status Enter fetched predates the refund: the reload's ledger has the new total.
                live[paymentID] = nil
                return [.inform("refunded: \(paymentID) has \(refund.totalRefundedAmount ?? "?") EUR refunded")]
                    + load(reload: true)
            case .failure(let error): return [.fail("refund: " + error.userMessage)]
            }
        case .created(let result):
            inFlight = nil
            switch result {
            case .success(let created):
                return [.inform("created payment \(created.paymentID): Enter then y copies its browser-flow URL")]
                    + load(reload: true)
            case .failure(let error): return [.fail("payment: " + error.userMessage)]
            }
        }
        return []
    }

    private mutating func fetchStatus(_ paymentID: String) -> ScreenCommand<OPPaymentsEvent> {
        fetchingStatus = paymentID
        return .run { provider in
            .status(paymentID, await Result.catching { try await Self.merchantClient(provider).status(paymentID) })
        }
    }

    /// Cents still refundable: the amount less what OP last said was refunded.
    func leftCents(_ entry: OPPaymentEntry) -> Int? {
        guard let amount = OPAmount.cents(entry.amount) else { return nil }
        let refunded = refundedText(entry).flatMap(OPAmount.cents) ?? 0
        return amount - refunded
    }

    /// The refunded total: OP's live answer when Enter asked, else the ledger's.
    func refundedText(_ entry: OPPaymentEntry) -> String? {
        if case .success(let status)? = live[entry.paymentID], let total = status.totalRefundedAmount { return total }
        return entry.totalRefunded
    }
}

public enum OPPaymentsEvent: Sendable {
    case loaded(Result<[OPPaymentEntry], BankError>, at: Date)
    case status(String, Result<OPPaymentStatus, BankError>)
    case copyURL
    case refund
    case new
    case refunded(String, Result<OPRefundResult, BankError>)
    case created(Result<OPCreatedPayment, BankError>)
}
