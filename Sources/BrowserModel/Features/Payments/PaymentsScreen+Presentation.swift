import BankKit
import Foundation

/// What the payments screen draws: the requests, and beside them the opened request or the payment form.
extension PaymentsScreen {
    public var presentation: ScreenPresentation {
        if mode == .picking { return pickerPresentation }
        let columns = [ScreenColumn("Status", .fixed(10), priority: 4),
                       ScreenColumn("Amount", .flexible(minimum: 12, weight: 1), alignsRight: true, priority: 3),
                       ScreenColumn("To", .flexible(minimum: 14, weight: 3), priority: 2),
                       ScreenColumn("Date", .fixed(10), priority: 1)]
        let detail: ScreenDetail? = switch mode {
        case .list: nil
        case .request: list.selected.map(Self.detail)
        case .form, .picking: formDetail
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
        if let started = request.started { lines.append(Line("Started", ScreenCell(DisplayFormat.timestamp(started)))) }
        // OBP fills end_date in even while a request waits; it ends only when it is settled.
        if let ended = request.ended, request.status != .initiated {
            lines.append(Line("Ended", ScreenCell(DisplayFormat.timestamp(ended))))
        }
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
            lines.append(Line("Transactions", ScreenCell(request.transactionIDs.map(\.rawValue).joined(separator: ", "), .muted)))
        }
        return ScreenDetail(title: "Payment \(request.id)", lines: lines)
    }

    /// The receivers to pick from, with the form below.
    var pickerPresentation: ScreenPresentation {
        let columns = [ScreenColumn("Name", .flexible(minimum: 12, weight: 2), priority: 3),
                       ScreenColumn("Kind", .fixed(12), priority: 1),
                       ScreenColumn("Receiver", .flexible(minimum: 14, weight: 3), priority: 2)]
        let empty = picker.filter.isEmpty ? "no accounts or counterparties to pay: e on To types a receiver"
            : "no receiver matches \(picker.filter): / filters again"
        return picker.list.presentation(columns: columns, empty: empty, detail: formDetail) { choice in
            [ScreenCell(choice.name), ScreenCell(choice.kind.name, choice.kind == .counterparty ? .mark : .muted),
             ScreenCell(choice.payee?.routingText ?? choice.destination)]
        }
    }

    /// The form's fields (the cursor on one), what is still wrong or that `s` sends it, and once `s` read them,
    /// the rate and the balances before and after.
    var formDetail: ScreenDetail {
        var lines = PaymentForm.Field.allCases.map { field in
            let text = form.text(field)
            let cell = text.isEmpty
                ? ScreenCell(field == .to ? "— Enter picks a receiver, e types one" : "—", .muted)
                : ScreenCell(text, form.problem(field, text) == nil ? .plain : .error)
            return ScreenDetail.Line(field.label, cell)
        }
        let state = isSending ? ScreenCell("sending…", .muted)
            : isQuoting ? ScreenCell("reading the balances and the rate…", .muted)
            : form.firstProblem.map { ScreenCell("\($0.field.label.lowercased()): \($0.message)", .error) }
            ?? ScreenCell("ready: s shows the balances after, then asks", .positive)
        lines.append(ScreenDetail.Line("", state))
        if let quote, case .success(let order) = form.order(view: view), quote.order == order {
            lines += Self.quoteLines(quote, receiver: form.receiverText(order))
        }
        return ScreenDetail(title: "New payment from \(account)", lines: lines, selectedLine: form.cursor.rawValue)
    }

    /// The confirmation's numbers: each side's rate when it converts, and its balance before and after.
    static func quoteLines(_ quote: PaymentQuote, receiver: String) -> [ScreenDetail.Line] {
        typealias Line = ScreenDetail.Line
        var lines: [Line] = []
        func add(_ label: String, _ side: PaymentQuote.Side, after: Money?) {
            if let rate = quote.rateText(side), let moved = side.moved {
                lines.append(Line("Rate", ScreenCell("\(rate): \(DisplayFormat.money(moved)) \(label == "From" ? "debited" : "credited")")))
            } else if side.moved == nil {
                lines.append(Line("Rate", ScreenCell("no \(quote.order.amount.currency) rate known for \(side.name)'s currency", .muted)))
            }
            guard let before = side.before, let after else {
                lines.append(Line(label, ScreenCell("\(side.name): balance not shown", .muted)))
                return
            }
            lines.append(Line(label, ScreenCell("\(side.name): \(DisplayFormat.money(before)) → \(DisplayFormat.money(after))",
                                                after.isNegative ? .negative : .plain)))
        }
        add("From", quote.payer, after: quote.payerAfter)
        if let receiver = quote.receiver {
            add("To", receiver, after: quote.receiverAfter)
        } else {
            lines.append(Line("To", ScreenCell("\(receiver): not your account, its balance is not shown", .muted)))
        }
        return lines
    }
}
