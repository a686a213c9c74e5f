import BankKit
import Foundation

/// What `:oppayments` draws: one row per payment or refund, and Enter's status fields with the browser-flow URL.
extension OPPaymentsScreen {
    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Payment ID", .flexible(minimum: 12, weight: 3), priority: 5),
                       ScreenColumn("Status", .fixed(10), priority: 4),
                       ScreenColumn("Amount", .fixed(10), alignsRight: true, priority: 4),
                       ScreenColumn("Reference", .flexible(minimum: 10, weight: 2), priority: 2),
                       ScreenColumn("Refunded", .fixed(9), alignsRight: true, priority: 3),
                       ScreenColumn("Age", .fixed(5), alignsRight: true, priority: 1)]
        return list.presentation(columns: columns, empty: "no OP payments made here yet: n creates one",
                                 detail: isShowingPayment ? list.selected.map(detail) : nil) { entry in
            [ScreenCell(entry.paymentID),
             ScreenCell(entry.status, Self.style(ofStatus: entry.status)),
             ScreenCell(entry.refundOf == nil ? entry.amount : "-" + entry.amount,
                        entry.refundOf == nil ? .positive : .negative),
             entry.reference.isEmpty ? ScreenCell("—", .muted) : ScreenCell(entry.reference),
             refundedText(entry).map { ScreenCell($0) } ?? ScreenCell("—", .muted),
             ScreenCell(Self.age(from: entry.createdAt, to: now), .muted)]
        }
    }

    func detail(_ entry: OPPaymentEntry) -> ScreenDetail {
        var lines: [ScreenDetail.Line] = []
        func add(_ label: String, _ value: String?, _ style: ScreenCell.Style = .plain) {
            if let value, !value.isEmpty { lines.append(.init(label, ScreenCell(value, style))) }
        }
        switch live[entry.paymentID] {
        case .success(let status):
            add("status", status.status, Self.style(ofStatus: status.status))
            add("amount", status.amount ?? entry.amount)
            add("paymentType", status.paymentType)
            add("refundOf", status.refundOf)
            add("totalRefundedAmount", status.totalRefundedAmount)
            add("refunds", status.refunds.isEmpty ? nil : status.refunds
                .map { "\($0.paymentID) \($0.amount ?? "?")" }.joined(separator: ", "))
            add("createTime", status.createTime)
            add("updateTime", status.updateTime)
            add("failureReason", status.failureReason, .negative)
            add("errorType", status.errorType, .negative)
            add("errorCode", status.errorCode, .negative)
        case .failure(let error):
            add("status", "\(entry.status) (last seen; OP: \(error.userMessage))", .error)
            add("amount", entry.amount)
        case nil:
            add("status", fetchingStatus == entry.paymentID ? "\(entry.status) (asking OP…)" : entry.status, .muted)
            add("amount", entry.amount)
            add("refundOf", entry.refundOf)
            add("totalRefundedAmount", entry.totalRefunded)
        }
        add("reference", entry.reference)
        add("request id", entry.requestID, .muted)
        add("browser flow", entry.browserFlowURL)
        return ScreenDetail(title: "Payment \(entry.paymentID)", lines: lines)
    }

    static func style(ofStatus status: String) -> ScreenCell.Style {
        switch status.uppercased() {
        case OPPaymentAPI.Status.initial: .mark
        case OPPaymentAPI.Status.completed: .positive
        case OPPaymentAPI.Status.cancelled, OPPaymentAPI.Status.rejected: .negative
        default: .plain
        }
    }

    /// `42s`, `5m`, `3h`, `2d`: how long ago, as k9s's AGE column says it.
    static func age(from date: Date, to now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86400: return "\(seconds / 3600)h"
        default: return "\(seconds / 86400)d"
        }
    }
}
