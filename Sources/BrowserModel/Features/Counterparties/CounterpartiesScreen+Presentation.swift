import BankKit
import Foundation

extension CounterpartiesScreen {
    public var presentation: ScreenPresentation {
        let columns = CounterpartyColumn.allCases.map { column in
            let title = column.title + (column == sortColumn ? (sortDescending ? " ▼" : " ▲") : "")
            switch column {
            case .name: return ScreenColumn(title, .flexible(minimum: 14, weight: 3), priority: 6)
            case .number: return ScreenColumn(title, .flexible(minimum: 14, weight: 2), priority: 1)
            case .count: return ScreenColumn(title, .fixed(6), alignsRight: true, priority: 3)
            case .totalIn: return ScreenColumn(title, .fixed(11), alignsRight: true, priority: 2)
            case .totalOut: return ScreenColumn(title, .fixed(11), alignsRight: true, priority: 5)
            case .last: return ScreenColumn(title, .fixed(10), priority: 4)
            }
        }
        let empty = filterText.isEmpty ? "no counterparties through \(view)" : "no counterparty matches \(filterText)"
        return list.presentation(columns: [ScreenColumn("", .fixed(1), priority: 7)] + columns, empty: empty,
                                 detail: opened.map(detail)) { row in
            [ScreenCell(row.party.isAlias ? "≈" : "", .alias),
             ScreenCell(row.name.isEmpty ? "—" : row.name, row.party.isAlias ? .alias : .plain),
             ScreenCell(row.number ?? "—", row.number == nil ? .muted : .plain),
             ScreenCell(row.stats.map { String($0.count) } ?? "0", .muted),
             Self.total(row.stats?.totalIn, row.stats, style: .positive),
             Self.total(row.stats?.totalOut, row.stats, style: .negative),
             ScreenCell(row.stats?.last.map(DisplayFormat.day) ?? "—", .muted)]
        }
    }

    /// Enter on this line lists the counterparty's transactions.
    static let transactionsLabel = "Transactions ⏎"

    static func total(_ amount: Decimal?, _ stats: CounterpartyStats?, style: ScreenCell.Style) -> ScreenCell {
        guard let amount, amount != 0 else { return ScreenCell("—", .muted) }
        let currency = stats?.currency ?? ""
        return ScreenCell(currency.isEmpty ? "\(amount)" : DisplayFormat.amount(amount, currency: currency), style)
    }

    /// The opened counterparty: who it is, its totals (Enter shows its transactions), then each metadata field.
    func detail(_ party: Counterparty) -> ScreenDetail {
        let id = party.id ?? ""
        let stats = stats[id]
        var totals = "\(stats?.count ?? 0)"
        if let stats {
            totals += " · in \(Self.total(stats.totalIn, stats, style: .plain).text) · out "
                + Self.total(stats.totalOut, stats, style: .plain).text.string
        }
        if isLoadingStats { totals += " so far" }
        if let statsError { totals += " (✗ \(statsError))" }
        var lines = [ScreenDetail.Line("Name", ScreenCell((party.isAlias ? "≈ " : "") + (party.holderName ?? "—"),
                                                          party.isAlias ? .alias : .plain)),
                     ScreenDetail.Line("Number / IBAN", ScreenCell(party.iban ?? party.number ?? "—")),
                     ScreenDetail.Line(Self.transactionsLabel, ScreenCell(totals)),
                     ScreenDetail.Line("Last", ScreenCell(stats?.last.map(DisplayFormat.day) ?? "—", .muted))]
        for field in CounterpartyMetadataField.allCases {
            lines.append(ScreenDetail.Line(field.label.prefix(1).uppercased() + field.label.dropFirst(), cell(party, field)))
        }
        return ScreenDetail(title: party.holderName ?? id.rawValue, lines: lines, selectedLine: detailLine)
    }

    private func cell(_ party: Counterparty, _ field: CounterpartyMetadataField) -> ScreenCell {
        let id = party.id ?? ""
        if let draft = draft(id, field) {
            return ScreenCell("draft: \(draft.typedText ?? "") (✗ \(draft.error ?? "not sent yet: :retry"))", .error)
        }
        // OBP sends null for a field the view hides and for a location that is not set: the flags tell which.
        guard let metadata = party.metadata, let text = metadata.text(of: field) ?? (allows(field.seeFlag) && party.metadata != nil ? "" : nil)
        else { return ScreenCell("hidden by view", .hidden) }
        let saving = pending.contains { $0.isFor(id, field) } ? " (saving…)" : ""
        return text.isEmpty ? ScreenCell("—" + saving, .muted) : ScreenCell(text + saving, saving.isEmpty ? .plain : .mark)
    }
}
