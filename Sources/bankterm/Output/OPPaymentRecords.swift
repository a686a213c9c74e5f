import BankKit
import BrowserModel
import Foundation
import TerminalUI

/// What the `op` commands print: stable JSON (sorted keys, every key present, null when OP sent nothing) and
/// aligned `key  value` lines for people, every server string sanitised.
enum OPPaymentRecords {
    static func created(_ payment: OPCreatedPayment) -> [String: Any] {
        ["payment_id": payment.paymentID, "payment_operation_id": payment.operationID,
         "browser_flow_url": payment.browserFlowURL, "request_id": payment.requestID]
    }

    static func status(_ status: OPPaymentStatus) -> [String: Any] {
        ["payment_id": status.paymentID, "amount": orNull(status.amount), "status": status.status,
         "settled": status.isSettled, "payment_type": orNull(status.paymentType), "refund_of": orNull(status.refundOf),
         "refunds": status.refunds.map { ["payment_id": $0.paymentID, "amount": orNull($0.amount),
                                          "create_time": orNull($0.createTime)] },
         "total_refunded_amount": orNull(status.totalRefundedAmount), "create_time": orNull(status.createTime),
         "update_time": orNull(status.updateTime), "failure_reason": orNull(status.failureReason),
         "error_type": orNull(status.errorType), "error_code": orNull(status.errorCode)]
    }

    static func refund(_ result: OPRefundResult, of paymentID: String) -> [String: Any] {
        ["payment_id": result.paymentID, "refund_of": paymentID,
         "total_refunded_amount": orNull(result.totalRefundedAmount), "request_id": result.requestID]
    }

    static func provider(_ provider: OPMultibankProvider) -> [String: Any] {
        ["bank_id": provider.bankID, "name": orNull(provider.name)]
    }

    /// `key  value` lines with the keys padded to one width; nil values are left out.
    static func lines(_ pairs: [(String, String?)]) -> String {
        let shown = pairs.compactMap { pair in pair.1.map { (pair.0, Sanitizer.clean($0)) } }
        let width = shown.map(\.0.count).max() ?? 0
        return shown.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
            .joined(separator: "\n")
    }

    static func statusLines(_ status: OPPaymentStatus) -> String {
        lines([("payment", status.paymentID), ("status", status.status), ("amount", status.amount.map { "\($0) EUR" }),
               ("type", status.paymentType), ("refund of", status.refundOf),
               ("refunded", status.totalRefundedAmount.map { "\($0) EUR" }),
               ("refunds", status.refunds.isEmpty ? nil : status.refunds.map(\.paymentID).joined(separator: ", ")),
               ("created", status.createTime), ("updated", status.updateTime),
               ("failure", status.failureReason), ("error", [status.errorType, status.errorCode]
                    .compactMap { $0 }.joined(separator: " ").nilIfEmpty)])
    }

    private static func orNull(_ value: String?) -> Any { value ?? NSNull() }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
