import BankKit
import Foundation

/// What the payments screen draws: the requests, and beside them the opened request or the payment form.
extension PaymentsScreen {
    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Status", .fixed(10), priority: 4),
                       ScreenColumn("Amount", .flexible(minimum: 12, weight: 1), alignsRight: true, priority: 3),
                       ScreenColumn("To", .flexible(minimum: 14, weight: 3), priority: 2),
                       ScreenColumn("Date", .fixed(10), priority: 1)]
        let detail: ScreenDetail? = switch mode {
        case .list: nil
        case .request: list.selected.map(Self.detail)
        case .form: formDetail
        }
        return list.presentation(columns: columns, empty: "no payments from \(accountName) yet: n makes one",
                                 detail: detail) { request in
            [ScreenCell(request.status.name, Self.style(request.status)),
             request.amount.map { ScreenCell(DisplayFormat.money($0)) } ?? ScreenCell("—", .muted),
             ScreenCell(request.to ?? "—", request.to == nil ? .muted : .plain),
             ScreenCell(request.started.map(DisplayFormat.day) ?? "—", .muted)]
        }
    }

    static func style(_ status: TransactionRequest.Status) -> ScreenCell.Style {
        switch status {
        case .completed: .positive
        case .initiated: .mark
        case .failed, .rejected: .negative
        case .other: .plain
        }
    }

    static func detail(_ request: TransactionRequest) -> ScreenDetail {
        typealias Line = ScreenDetail.Line
        var lines = [Line("ID", ScreenCell(request.id, .muted)),
                     Line("Type", ScreenCell(request.type)),
                     Line("Status", ScreenCell(request.status.name, style(request.status))),
                     Line("Amount", request.amount.map { ScreenCell(DisplayFormat.money($0)) } ?? ScreenCell("—", .muted)),
                     Line("From", ScreenCell(request.from.description)),
                     Line("To", ScreenCell(request.to ?? "—", request.to == nil ? .muted : .plain)),
                     Line("Description", ScreenCell(request.description ?? "—", request.description == nil ? .muted : .plain))]
        if let started = request.started { lines.append(Line("Started", ScreenCell(OBPDate.format(started)))) }
        if let ended = request.ended { lines.append(Line("Ended", ScreenCell(OBPDate.format(ended)))) }
        if let challenge = request.challenge {
            let pending = request.pendingChallenge != nil
            lines.append(Line("Challenge", ScreenCell(challenge.id + (pending ? " (a answers it)" : ""), pending ? .mark : .muted)))
            if let type = challenge.type { lines.append(Line("Challenge type", ScreenCell(type, .muted))) }
            if let attempts = challenge.allowedAttempts, pending {
                lines.append(Line("Attempts left", ScreenCell(String(attempts))))
            }
        }
        if let charge = request.charge { lines.append(Line("Charge", ScreenCell(DisplayFormat.money(charge)))) }
        if let conversion = request.conversion {
            var text = "rate \(conversion.rate)"
            if let debit = conversion.debit, let credit = conversion.credit {
                text += ": \(DisplayFormat.money(debit)) → \(DisplayFormat.money(credit))"
            }
            lines.append(Line("Conversion", ScreenCell(text)))
        }
        if !request.transactionIDs.isEmpty {
            lines.append(Line("Transactions", ScreenCell(request.transactionIDs.joined(separator: ", "), .muted)))
        }
        return ScreenDetail(title: "Payment \(request.id)", lines: lines)
    }

    /// The form's fields (the cursor on one), then what is still wrong or that `s` sends it.
    var formDetail: ScreenDetail {
        var lines = PaymentForm.Field.allCases.map { field in
            let text = form.text(field)
            let cell = text.isEmpty ? ScreenCell("—", .muted)
                : ScreenCell(text, form.problem(field, text) == nil ? .plain : .error)
            return ScreenDetail.Line(field.label, cell)
        }
        let state = isSending ? ScreenCell("sending…", .muted)
            : form.firstProblem.map { ScreenCell("\($0.field.label.lowercased()): \($0.message)", .error) }
            ?? ScreenCell("ready: s sends it, after asking", .positive)
        lines.append(ScreenDetail.Line("", state))
        return ScreenDetail(title: "New payment from \(account)", lines: lines, selectedLine: form.cursor.rawValue)
    }
}
