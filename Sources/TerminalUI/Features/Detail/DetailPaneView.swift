import BankKit
import BrowserModel
import Foundation

/// The detail pane: every field of the selected transaction; a field the view hides reads "hidden by view", one
/// it shows but the transaction lacks reads "—".
struct DetailPaneView: Widget {
    let state: AppState

    func draw(on canvas: Canvas, theme: Theme) {
        let inner = PaneFrame(title: "Transaction", focused: state.focus == .detail).draw(on: canvas, theme: theme)
        guard let view = DetailPaneView.view(of: state) else {
            PaneMessage.draw("no transaction selected", role: .muted, on: inner, theme: theme)
            return
        }
        view.draw(on: inner, theme: theme)
    }

    /// The selected transaction's lines at the state's scroll, with the refresh and its failure on top.
    static func view(of state: AppState) -> DetailView? {
        guard let tx = state.transactions.selectedTransaction else { return nil }
        var lines = state.capabilities.supportsViews
            ? DetailPaneView.lines(for: tx, viewID: state.transactions.viewID, view: state.transactions.currentView)
            : DetailPaneView.lines(withoutViews: tx)
        if state.detail.isLoading { lines.insert(DetailLine("", "refreshing…", role: .muted), at: 0) }
        if let error = state.detail.error { lines.insert(DetailLine("", "✗ \(error)", role: .error), at: 0) }
        return DetailView(lines: lines, scroll: state.detail.scroll)
    }

    /// What a user reads and edits first (description, amount, annotations) comes first; identifiers last.
    /// `view` carries the `can_*` flags that tell an absent field from a hidden one; without them every nil
    /// field reads as hidden.
    static func lines(for tx: Transaction, viewID: ViewID?, view: ViewSummary?) -> [DetailLine] {
        lines(for: tx, viewID: viewID) { view?.permissions?.contains($0) ?? false }
    }

    /// A provider without views (OP) hides nothing: a missing field is absent, not "hidden by view", and there
    /// is no view to name.
    static func lines(withoutViews tx: Transaction) -> [DetailLine] {
        lines(for: tx, viewID: nil) { _ in true }.filter { $0.label != "View" }
    }

    private static func lines(for tx: Transaction, viewID: ViewID?, sees: (ViewPermission) -> Bool) -> [DetailLine] {
        let clean = { (text: String?) in text.map { SafeText($0) } }
        var lines: [DetailLine] = [
            .field("Description", clean(tx.description), visible: sees(.canSeeTransactionDescription)),
            .field("Amount", tx.value.map { SafeText(DisplayFormat.money($0)) },
                   role: tx.value?.isNegative == true ? .amountNegative : .amountPositive,
                   visible: sees(.canSeeTransactionAmount)),
            .field("Balance after", tx.newBalance.map { SafeText(DisplayFormat.money($0)) }, visible: sees(.canSeeTransactionBalance)),
            .field("Posted", tx.posted.map(timestamp), visible: sees("can_see_transaction_start_date")),
            .field("Completed", tx.completed.map(timestamp), visible: sees("can_see_transaction_finish_date")),
            .field("Type", clean(tx.type), visible: sees("can_see_transaction_type")),
        ]
        lines.append(contentsOf: metadataLines(tx.metadata, sees: sees))
        lines.append(.heading("Counterparty"))
        let counterparty = tx.counterparty
        if let holder = counterparty?.holderName {
            let alias = counterparty?.isAlias == true
            lines.append(DetailLine("Holder", alias ? "\(TransactionPaneView.aliasMarker) \(holder) (alias)" : SafeText(holder),
                                    role: alias ? .aliasMarker : .text))
        } else {
            lines.append(.field("Holder", nil, visible: sees("can_see_transaction_other_bank_account")))
        }
        lines.append(.field("Number", clean(counterparty?.number), visible: sees(.canSeeOtherAccountNumber)))
        lines.append(.field("IBAN", clean(counterparty?.iban), visible: sees("can_see_other_account_iban")))
        lines.append(.field("Bank", clean(counterparty?.bankName), visible: sees("can_see_other_account_bank_name")))
        lines.append(.field("Kind", clean(counterparty?.kind), visible: sees("can_see_other_account_kind")))
        if let metadata = counterparty?.metadata {
            lines.append(contentsOf: counterpartyMetadataLines(metadata, sees: sees))
        }
        lines.append(.heading("Identifiers"))
        lines.append(DetailLine("ID", SafeText(tx.id.rawValue), role: .muted))
        lines.append(DetailLine("Account", SafeText(tx.account.description), role: .muted))
        lines.append(DetailLine("View", SafeText(viewID?.rawValue ?? "?"), role: .muted))
        return lines
    }

    /// The counterparty's metadata where the view shows it (`o` opens it to edit); a hidden field reads so. OBP
    /// sends null for a location the view hides and for one that is not set: the view's flag tells which.
    static func counterpartyMetadataLines(_ metadata: CounterpartyMetadata,
                                          sees: (ViewPermission) -> Bool) -> [DetailLine] {
        CounterpartyMetadataField.allCases.map { field in
            let text = metadata.text(of: field)
            return .field(SafeText(field.label.prefix(1).uppercased() + field.label.dropFirst()),
                          text.flatMap { $0.isEmpty ? nil : SafeText($0) },
                          visible: text != nil || sees(field.seeFlag.permission))
        }
    }

    static func metadataLines(_ metadata: TransactionMetadata, sees: (ViewPermission) -> Bool) -> [DetailLine] {
        var lines: [DetailLine] = [.heading(metadata.isLocal ? "Annotations (kept on this machine)" : "Annotations")]
        lines.append(.field("Narrative", metadata.narrative.map { $0.isEmpty ? "none" : SafeText($0) },
                            role: .comment, visible: sees(.canSeeOwnerComment)))
        if let tags = metadata.tags {
            if tags.isEmpty { lines.append(DetailLine("Tags", "none", role: .muted)) }
            for (index, tag) in tags.enumerated() {
                lines.append(DetailLine(index == 0 ? "Tags" : "", "#\(tag.value)" + byline(tag.author, tag.date),
                                        role: .tag))
            }
        } else {
            lines.append(.field("Tags", nil, visible: sees(.canSeeTags)))
        }
        if let comments = metadata.comments {
            if comments.isEmpty { lines.append(DetailLine("Comments", "none", role: .muted)) }
            for (index, comment) in comments.enumerated() {
                lines.append(DetailLine(index == 0 ? "Comments" : "",
                                        SafeText(comment.value) + byline(comment.author, comment.date),
                                        role: .comment))
            }
        } else {
            lines.append(.field("Comments", nil, visible: sees(.canSeeComments)))
        }
        if let images = metadata.images {
            if images.isEmpty { lines.append(DetailLine("Images", "none", role: .muted)) }
            for (index, image) in images.enumerated() {
                lines.append(DetailLine(index == 0 ? "Images" : "",
                                        image.label.isEmpty ? "<\(image.url)>" : "\(image.label) <\(image.url)>"))
            }
        } else {
            lines.append(.field("Images", nil, visible: sees(.canSeeImages)))
        }
        switch metadata.whereTag {
        case .hidden: lines.append(.field("Where", nil, visible: sees(.canSeeWhereTag)))
        case .absent: lines.append(DetailLine("Where", "none", role: .muted))
        case .value(let geo):
            lines.append(DetailLine("Where", "\(String(format: "%.5f, %.5f", geo.latitude, geo.longitude))"
                + byline(geo.author, geo.date)))
        }
        return lines
    }

    /// ` (alice, 2024-03-01)`, or less when the server left parts out.
    static func byline(_ author: String?, _ date: Date?) -> SafeText {
        let parts = [author, date.map(DisplayFormat.day)].compactMap { $0 }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }

    static func timestamp(_ date: Date) -> SafeText {
        SafeText(DisplayFormat.timestamp(date))
    }
}
