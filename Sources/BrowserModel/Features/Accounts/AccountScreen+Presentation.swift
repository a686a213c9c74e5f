import BankKit

/// What the account screen draws: the attributes as the table, the account's fields (or the form) beside it.
extension AccountScreen {
    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Attribute", .flexible(minimum: 12, weight: 2), priority: 3),
                       ScreenColumn("Type", .fixed(13), priority: 1),
                       ScreenColumn("Value", .flexible(minimum: 12, weight: 3), priority: 2)]
        let empty = mode == .form ? "a new account starts with balance 0: fill the form, s creates it"
            : "no attributes (a product's attributes are copied when the account is made with its code)"
        var list = attributes
        if mode == .form { list.replace([]) }
        return list.presentation(columns: columns, empty: empty, detail: mode == .form ? formDetail : accountDetail) {
            [ScreenCell($0.name), ScreenCell($0.type, .muted), ScreenCell($0.value)]
        }
    }

    var accountDetail: ScreenDetail? {
        guard let ref else { return nil }
        typealias Line = ScreenDetail.Line
        // A new account has an empty number and type: shown as absent, not as blanks.
        func cell(_ text: String?) -> ScreenCell {
            text.flatMap { $0.isEmpty ? nil : ScreenCell($0) } ?? ScreenCell("—", .muted)
        }
        var lines = [Line("Bank", ScreenCell(ref.bankID.rawValue)), Line("Account", ScreenCell(ref.accountID.rawValue)),
                     Line("Label", cell(account?.label)), Line("Number", cell(account?.number)),
                     Line("Type", cell(account?.type)),
                     Line("Balance", cell(account?.balance.map(DisplayFormat.money)))]
        for routing in account?.routings ?? [] { lines.append(Line(routing.scheme, ScreenCell(routing.address))) }
        if let owners = account?.owners, !owners.isEmpty { lines.append(Line("Owners", ScreenCell(owners.joined(separator: ", ")))) }
        return ScreenDetail(title: "Account \(ref)", lines: lines)
    }

    var formDetail: ScreenDetail {
        var lines = AccountForm.Field.allCases.map { field in
            let text = form.text(field)
            let cell = text.isEmpty ? ScreenCell("—", .muted)
                : ScreenCell(text, form.problem(field, text) == nil ? .plain : .error)
            return ScreenDetail.Line(field.label, cell)
        }
        let state = isWriting ? ScreenCell("creating…", .muted)
            : form.firstProblem.map { ScreenCell("\($0.field.label.lowercased()): \($0.message)", .error) }
            ?? ScreenCell("ready: s creates it, after asking", .positive)
        lines.append(ScreenDetail.Line("", state))
        return ScreenDetail(title: "New account at \(bankID)", lines: lines, selectedLine: form.cursor.rawValue)
    }
}
